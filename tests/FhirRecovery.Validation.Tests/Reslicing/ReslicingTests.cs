namespace FhirRecovery.Validation.Tests.Reslicing;

/// <summary>Re-slicing (slices of a slice, "nhs/official"): TestDefinitions/StructureDefinition-test-resliced-patient.json
/// slices identifier by system, then re-slices the NHS slice by use (closed): exactly one official, at most one old
/// (with a period).</summary>
[Collection(ValidatorGroup.Name)]
public sealed class ReslicingTests(ValidatorFixture fixture)
{
    private const string Profile = "http://test.fhirrecovery.org.uk/StructureDefinition/test-resliced-patient";
    private const string Official = """{"system":"https://fhir.nhs.uk/Id/nhs-number","use":"official","value":"9434765919"}""";
    private const string Old = """{"system":"https://fhir.nhs.uk/Id/nhs-number","use":"old","value":"9434765870","period":{"end":"2020-01-01"}}""";
    private const string OldWithoutPeriod = """{"system":"https://fhir.nhs.uk/Id/nhs-number","use":"old","value":"9434765870"}""";

    private ValidationResult Validate(params string[] identifiers) =>
        fixture.Validator.Validate($$"""{"resourceType":"Patient","identifier":[{{string.Join(",", identifiers)}}]}""", Profile);

    [Fact]
    public void Validate_OneOfficialAndOneOldNhsNumber_NoError()
    {
        var result = Validate(Official, Old, """{"system":"urn:oid:1.2.3","value":"x"}""");
        Assert.False(result.HasErrors, OutcomeAssert.Describe(result.Outcome));
    }

    [Fact]
    public void Validate_NhsNumbersWithoutTheOfficialOne_ResliceMinError() =>
        OutcomeAssert.HasError(Validate(Old), "Patient", "nhs/official");

    [Fact]
    public void Validate_TwoOfficialNhsNumbers_ResliceMaxError() =>
        OutcomeAssert.HasError(Validate(Official, Official), "Patient", "nhs/official");

    [Fact]
    public void Validate_OldNhsNumberWithoutPeriod_ResliceElementError() =>
        OutcomeAssert.HasError(Validate(Official, OldWithoutPeriod), "Patient.identifier[1]", "period");

    [Fact]
    public void Validate_NhsNumberOfAUseNoResliceAllows_ClosedResliceError() =>
        OutcomeAssert.HasError(Validate(Official, """{"system":"https://fhir.nhs.uk/Id/nhs-number","use":"temp","value":"1"}"""), "Patient.identifier[1]", "closed");

    [Fact]
    public void Validate_OtherIdentifierWithUseTemp_NotJudgedByTheNhsReslicing()
    {
        var result = Validate(Official, """{"system":"urn:oid:1.2.3","use":"temp","value":"1"}""");
        Assert.False(result.HasErrors, OutcomeAssert.Describe(result.Outcome));
    }
}
