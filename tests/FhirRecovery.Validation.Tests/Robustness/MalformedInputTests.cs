namespace FhirRecovery.Validation.Tests.Robustness;

/// <summary>
/// Input the lenient reader keeps in a shape the SDK's typed getters refuse (an unknown enum code, a list where one
/// value belongs, nulls in arrays) must come back as ordinary issues at the element, never as "the validator failed".
/// </summary>
[Collection(ValidatorGroup.Name)]
public sealed class MalformedInputTests(ValidatorFixture fixture)
{
    private FhirValidator Validator => fixture.Validator;

    [Fact]
    public void Validate_UnknownBundleTypeCode_CodeErrorAtTypeAndNoEngineFailure()
    {
        var result = Validator.Validate("""{"resourceType":"Bundle","id":"b1","type":"bag","entry":[{"fullUrl":"urn:uuid:0b3e7c1a-1111-4a4a-8a8a-000000000001","resource":{"resourceType":"Patient","id":"p1"}}]}""");
        OutcomeAssert.HasError(result, "Bundle.type", "bag");
        AssertNoEngineFailure(result);
    }

    [Fact]
    public void Validate_KnownBundleTypeCode_NoErrorAtType()
    {
        var result = Validator.Validate("""{"resourceType":"Bundle","id":"b1","type":"collection","entry":[{"fullUrl":"urn:uuid:0b3e7c1a-1111-4a4a-8a8a-000000000001","resource":{"resourceType":"Patient","id":"p1"}}]}""");
        OutcomeAssert.NoErrorAt(result, "Bundle.type");
        AssertNoEngineFailure(result);
    }

    [Fact]
    public void Validate_EntryAsObjectInsteadOfArray_ShapeErrorAndNoEngineFailure()
    {
        var result = Validator.Validate("""{"resourceType":"Bundle","id":"b1","type":"collection","entry":{"fullUrl":"urn:uuid:0b3e7c1a-1111-4a4a-8a8a-000000000001","resource":{"resourceType":"Patient","id":"p1"}}}""");
        OutcomeAssert.HasError(result, "Bundle.entry", "repeats");
        AssertNoEngineFailure(result);
    }

    [Fact]
    public void Validate_NullEntryInBundle_ErrorAtItemAndNoEngineFailure()
    {
        var result = Validator.Validate("""{"resourceType":"Bundle","id":"b1","type":"collection","entry":[{"fullUrl":"urn:uuid:0b3e7c1a-1111-4a4a-8a8a-000000000001","resource":{"resourceType":"Patient","id":"p1"}},null]}""");
        OutcomeAssert.HasError(result, "Bundle.entry[1]", "null");
        AssertNoEngineFailure(result);
    }

    [Fact]
    public void Validate_MetaProfileAsNumber_ReaderErrorAndNoEngineFailure()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","id":"p1","meta":{"profile":[12]}}""");
        Assert.True(result.HasErrors);
        AssertNoEngineFailure(result);
    }

    [Fact]
    public void Validate_CodingSystemAsArrayInSlicedElement_ShapeErrorAndNoEngineFailure()
    {
        var result = Validator.Validate("""{"resourceType":"Observation","id":"o1","status":"final","category":[{"coding":[{"system":["http://terminology.hl7.org/CodeSystem/observation-category"],"code":"vital-signs"}]}],"code":{"coding":[{"system":"http://loinc.org","code":"8867-4"}]},"subject":{"reference":"Patient/p1"},"effectiveDateTime":"2020-01-01","valueQuantity":{"value":60,"unit":"/min","system":"http://unitsofmeasure.org","code":"/min"}}""",
            "http://hl7.org/fhir/StructureDefinition/heartrate");
        OutcomeAssert.HasError(result, "Observation.category[0].coding[0].system");
        AssertNoEngineFailure(result);
    }

    private static void AssertNoEngineFailure(ValidationResult result) =>
        Assert.DoesNotContain(result.Outcome.Issue, i => i.Code == Hl7.Fhir.Model.OperationOutcome.IssueType.Exception
            && i.Severity == Hl7.Fhir.Model.OperationOutcome.IssueSeverity.Error);
}
