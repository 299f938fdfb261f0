namespace FhirRecovery.Validation.Tests.ExtensionContexts;

/// <summary>Extension contexts beyond a type name: FHIRPath contexts evaluated on the resource, element paths that
/// reach a data type (judged from where the data type sits in the instance), and "extension" contexts.</summary>
[Collection(ValidatorGroup.Name)]
public sealed class ExtensionContextTests(ValidatorFixture fixture)
{
    private const string Base = "http://test.fhirrecovery.org.uk/StructureDefinition/";

    private ValidationResult Validate(string json) => fixture.Validator.Validate(json);

    private static string Ext(string id) => $$"""{"url":"{{Base}}{{id}}","valueString":"x"}""";

    private static void NoErrors(ValidationResult result) => Assert.False(result.HasErrors, OutcomeAssert.Describe(result.Outcome));

    [Fact]
    public void Validate_FhirPathContextSelectingTheHost_NoError() =>
        NoErrors(Validate($$$"""{"resourceType":"Patient","name":[{"use":"official","family":"A","extension":[{{{Ext("test-official-name-source")}}}]}]}"""));

    [Fact]
    public void Validate_FhirPathContextNotSelectingTheHost_Error() =>
        OutcomeAssert.HasError(Validate($$$"""{"resourceType":"Patient","name":[{"use":"official","family":"A"},{"use":"nickname","family":"B","extension":[{{{Ext("test-official-name-source")}}}]}]}"""),
            "Patient.name[1].extension[0]", "may not be used");

    [Fact]
    public void Validate_FhirPathContextOnTheResourceRoot_Error() =>
        OutcomeAssert.HasError(Validate($$$"""{"resourceType":"Patient","extension":[{{{Ext("test-official-name-source")}}}]}"""), "Patient.extension[0]", "may not be used");

    [Fact]
    public void Validate_ElementPathContextOnThatPath_NoError() =>
        NoErrors(Validate($$$"""{"resourceType":"Patient","name":[{"family":"A","extension":[{{{Ext("test-patient-name-note")}}}]}]}"""));

    [Fact]
    public void Validate_ElementPathContextOnTheSameTypeElsewhere_Error() =>
        OutcomeAssert.HasError(Validate($$$"""{"resourceType":"Patient","contact":[{"name":{"family":"A","extension":[{{{Ext("test-patient-name-note")}}}]}}]}"""),
            "Patient.contact[0].name.extension[0]", "may not be used");

    [Fact]
    public void Validate_ElementPathContextInABundleEntry_NoError() =>
        NoErrors(Validate($$$"""{"resourceType":"Bundle","type":"collection","entry":[{"fullUrl":"urn:uuid:00000000-0000-4000-8000-000000000001","resource":{"resourceType":"Patient","name":[{"family":"A","extension":[{{{Ext("test-patient-name-note")}}}]}]}}]}"""));

    [Fact]
    public void Validate_ChoiceContextOnTheChosenType_NoError() =>
        NoErrors(Validate($$$"""{"resourceType":"Observation","status":"final","code":{"text":"x"},"valueQuantity":{"value":1,"extension":[{{{Ext("test-quantity-note")}}}]}}"""));

    [Fact]
    public void Validate_ChoiceContextOnAnotherElementOfTheSameType_Error() =>
        OutcomeAssert.HasError(Validate($$$"""{"resourceType":"Observation","status":"final","code":{"text":"x"},"referenceRange":[{"low":{"value":1,"extension":[{{{Ext("test-quantity-note")}}}]}}]}"""),
            "Observation.referenceRange[0].low.extension[0]", "may not be used");

    [Fact]
    public void Validate_ExtensionContextInsideAnotherExtension_Error() =>
        OutcomeAssert.HasError(Validate($$$"""{"resourceType":"Patient","extension":[{{{Ext("test-inner-note")}}}]}"""), "Patient.extension[0]", "may not be used");
}
