namespace FhirRecovery.Validation.Tests.Rules;

/// <summary>Rules the HL7 Java validator applies that the R4 invariants do not state: extension urls, code systems,
/// security labels, Attachment.size, UCUM units, and que-7/que-12 as Java corrects them.</summary>
[Collection(ValidatorGroup.Name)]
public sealed class ReferenceRuleChecksTests(ValidatorFixture fixture)
{
    private const string Nationality = "http://hl7.org/fhir/StructureDefinition/patient-nationality";

    private FhirValidator Validator => fixture.Validator;

    [Fact]
    public void Validate_TopLevelExtensionWithRelativeUrl_Error() =>
        OutcomeAssert.HasError(Validator.Validate("""{"resourceType":"Patient","id":"p1","extension":[{"url":"favourite-colour","valueString":"red"}]}"""),
            "Patient.extension[0]", "absolute URL");

    [Fact]
    public void Validate_SubExtensionNotDefinedByComplexExtension_Error() =>
        OutcomeAssert.HasError(Validator.Validate($$$"""{"resourceType":"Patient","id":"p1","extension":[{"url":"{{{Nationality}}}","extension":[{"url":"code","valueCodeableConcept":{"text":"British"}},{"url":"nickname","valueString":"x"}]}]}"""),
            "Patient.extension[0].extension[1]", "not defined by this extension");

    [Fact]
    public void Validate_SubExtensionDefinedByComplexExtension_NoError()
    {
        var result = Validator.Validate($$$"""{"resourceType":"Patient","id":"p1","extension":[{"url":"{{{Nationality}}}","extension":[{"url":"code","valueCodeableConcept":{"text":"British"}}]}]}""");
        Assert.False(result.HasErrors, OutcomeAssert.Describe(result.Outcome));
    }

    [Fact]
    public void Validate_CodingSystemIsValueSet_Error() =>
        OutcomeAssert.HasError(Validator.Validate("""{"resourceType":"Patient","id":"p1","maritalStatus":{"coding":[{"system":"http://hl7.org/fhir/ValueSet/marital-status","code":"M"}]}}"""),
            "Patient.maritalStatus.coding[0].system", "is a value set");

    [Fact]
    public void Validate_UnknownSystemInFhirNamespace_Error() =>
        OutcomeAssert.HasError(Validator.Validate("""{"resourceType":"Patient","id":"p1","maritalStatus":{"coding":[{"system":"http://hl7.org/fhir/v3/MaritalStatus","code":"M"}]}}"""),
            "Patient.maritalStatus.coding[0].system", "Unknown code system");

    [Fact]
    public void Validate_KnownCodeSystemAndSidSystem_NoSystemError()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","id":"p1","gender":"male","maritalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-MaritalStatus","code":"M"},{"system":"http://hl7.org/fhir/sid/icd-10","code":"Z00"}]},"communication":[{"language":{"coding":[{"system":"urn:ietf:bcp:47","code":"en"}]}}]}""");
        OutcomeAssert.NoErrorAt(result, "Patient.maritalStatus");
    }

    [Fact]
    public void Validate_DuplicateSecurityLabel_Error() =>
        OutcomeAssert.HasError(Validator.Validate("""{"resourceType":"Patient","id":"p1","meta":{"security":[{"system":"http://terminology.hl7.org/CodeSystem/v3-Confidentiality","code":"R"},{"system":"http://terminology.hl7.org/CodeSystem/v3-Confidentiality","code":"R"}]}}"""),
            "Patient.meta", "Duplicate security label");

    [Fact]
    public void Validate_DistinctSecurityLabels_NoError() =>
        OutcomeAssert.NoErrorAt(Validator.Validate("""{"resourceType":"Patient","id":"p1","meta":{"security":[{"system":"http://terminology.hl7.org/CodeSystem/v3-Confidentiality","code":"R"},{"system":"http://terminology.hl7.org/CodeSystem/v3-Confidentiality","code":"N"}]}}"""),
            "Patient.meta");

    [Fact]
    public void Validate_AttachmentSizeNotMatchingData_Error() =>
        OutcomeAssert.HasError(Validator.Validate("""{"resourceType":"Patient","id":"p1","photo":[{"contentType":"text/plain","data":"SGVsbG8=","size":100}]}"""),
            "Patient.photo[0]", "data holds 5 bytes");

    [Fact]
    public void Validate_AttachmentSizeMatchingData_NoError() =>
        OutcomeAssert.NoErrorAt(Validator.Validate("""{"resourceType":"Patient","id":"p1","photo":[{"contentType":"text/plain","data":"SGVsbG8=","size":5}]}"""),
            "Patient.photo[0]");

    [Theory]
    [InlineData("notaunit")]
    [InlineData("mmHg")]
    public void Validate_InvalidUcumCode_Error(string unit) =>
        OutcomeAssert.HasError(Validator.Validate(Observation(unit)), "Observation.valueQuantity.code", "not a valid UCUM unit");

    [Theory]
    [InlineData("/min")]
    [InlineData("mm[Hg]")]
    [InlineData("Cel")]
    [InlineData("{beats}/min")]
    [InlineData("mL/min/{1.73_m2}")]
    public void Validate_ValidUcumCode_NoError(string unit) =>
        OutcomeAssert.NoErrorAt(Validator.Validate(Observation(unit)), "Observation.valueQuantity");

    [Fact]
    public void Validate_Que7ExistsWithAnswerBoolean_NoError() =>
        OutcomeAssert.NoErrorAt(Validator.Validate(Questionnaire("""{"question":"1","operator":"exists","answerBoolean":true}""", "")), "Questionnaire.item[1]");

    [Fact]
    public void Validate_Que7ExistsWithAnswerString_Error() =>
        OutcomeAssert.HasError(Validator.Validate(Questionnaire("""{"question":"1","operator":"exists","answerString":"x"}""", "")), "Questionnaire.item[1].enableWhen[0]", "que-7");

    [Fact]
    public void Validate_Que12TwoEnableWhenWithoutBehavior_Error() =>
        OutcomeAssert.HasError(Validator.Validate(Questionnaire("""{"question":"1","operator":"=","answerBoolean":true},{"question":"1","operator":"exists","answerBoolean":true}""", "")), "Questionnaire.item[1]", "que-12");

    [Fact]
    public void Validate_Que12TwoEnableWhenWithBehavior_NoError() =>
        OutcomeAssert.NoErrorAt(Validator.Validate(Questionnaire("""{"question":"1","operator":"=","answerBoolean":true},{"question":"1","operator":"exists","answerBoolean":true}""", ""","enableBehavior":"any" """)), "Questionnaire.item[1]");

    private static string Observation(string unit) =>
        """{"resourceType":"Observation","id":"o1","status":"final","code":{"text":"x"},"valueQuantity":{"value":1,"system":"http://unitsofmeasure.org","code":""" + "\"" + unit + "\"}}";

    private static string Questionnaire(string enableWhen, string behavior) =>
        """{"resourceType":"Questionnaire","id":"q1","status":"active","item":[{"linkId":"1","text":"A","type":"boolean"},{"linkId":"2","text":"B","type":"string","enableWhen":["""
        + enableWhen + "]" + behavior + "}]}";
}
