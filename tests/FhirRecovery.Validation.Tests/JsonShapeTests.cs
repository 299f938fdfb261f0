namespace FhirRecovery.Validation.Tests;

/// <summary>The JSON shape of an element must match whether it repeats: an array only for a repeating element.</summary>
[Collection(ValidatorGroup.Name)]
public sealed class JsonShapeTests(ValidatorFixture fixture)
{
    private FhirValidator Validator => fixture.Validator;

    [Fact]
    public void Validate_ArrayForSingletonElement_ErrorAtElement()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","id":"p1","gender":["male"]}""");
        OutcomeAssert.HasError(result, "Patient.gender", "does not repeat");
    }

    [Fact]
    public void Validate_ObjectForRepeatingElement_ErrorAtElement()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","id":"p1","name":{"family":"Smith"}}""");
        OutcomeAssert.HasError(result, "Patient.name", "repeats");
    }

    [Fact]
    public void Validate_PrimitiveExtensionArrayForSingleton_ErrorAtElement()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","id":"p1","birthDate":"1970-01-01","_birthDate":[{"id":"b1"}]}""");
        OutcomeAssert.HasError(result, "Patient.birthDate", "does not repeat");
    }

    [Fact]
    public void Validate_RightShapesWithChoiceAndPrimitiveExtensions_AllOk()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","id":"p1","text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>"},"name":[{"family":"Smith","given":["Ann"],"_given":[{"id":"g1"}]}],"birthDate":"1970-01-01","_birthDate":{"id":"b1"},"deceasedBoolean":false}""");
        OutcomeAssert.AllOk(result);
    }

    [Fact]
    public void Validate_ArrayForSingletonInsideBundleEntry_ErrorAtNestedElement()
    {
        var result = Validator.Validate("""{"resourceType":"Bundle","id":"b1","type":"collection","entry":[{"fullUrl":"urn:uuid:0b3e7c1a-1111-4a4a-8a8a-000000000001","resource":{"resourceType":"Patient","id":"p1","gender":["male"]}}]}""");
        OutcomeAssert.HasError(result, "Bundle.entry[0].resource.gender", "does not repeat");
    }

    [Fact]
    public void Validate_ChoiceSuffixInWrongCase_UnknownElement()
    {
        var result = Validator.Validate("""{"resourceType":"Observation","id":"o1","status":"final","code":{"text":"x"},"valuestring":"a"}""");
        OutcomeAssert.HasError(result, "Observation.valuestring", "case-sensitive");
    }

    [Fact]
    public void Validate_ElementNameInWrongCase_UnknownElement()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","id":"p1","Gender":"male"}""");
        OutcomeAssert.HasError(result, "Patient.Gender", "case-sensitive");
    }

    [Fact]
    public void Validate_ChoiceSuffixInRightCase_NoUnknownElement()
    {
        var result = Validator.Validate("""{"resourceType":"Observation","id":"o1","status":"final","code":{"text":"x"},"valueString":"a","effectiveDateTime":"2020-01-01"}""");
        OutcomeAssert.AllOk(result);
    }

    [Fact]
    public void Validate_NullInArrayOfComplexElement_Error()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","id":"p1","name":[{"family":"A"},null]}""");
        OutcomeAssert.HasError(result, "Patient.name[1]", "null");
    }

    [Fact]
    public void Validate_AlignedNullsInPrimitiveArrays_NoError()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","id":"p1","name":[{"family":"A","given":["B",null],"_given":[null,{"extension":[{"url":"http://hl7.org/fhir/StructureDefinition/data-absent-reason","valueCode":"unknown"}]}]}]}""");
        Assert.False(result.HasErrors, OutcomeAssert.Describe(result.Outcome));
    }

    [Fact]
    public void Validate_ResourceWithOnlyResourceType_NoError()
    {
        var result = Validator.Validate("""{"resourceType":"Patient"}""");
        Assert.False(result.HasErrors, OutcomeAssert.Describe(result.Outcome));
    }

    [Fact]
    public void Validate_EmptyObjectForDataType_Error()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","name":[{}]}""");
        OutcomeAssert.HasError(result, "Patient.name[0]");
    }
}
