namespace FhirRecovery.Validation.Tests;

[Collection(ValidatorGroup.Name)]
public sealed class FixedPatternTests(ValidatorFixture fixture)
{
    private FhirValidator Validator => fixture.Validator;

    [Fact]
    public void Validate_ProfileMet_AllOk()
    {
        OutcomeAssert.AllOk(Validator.Validate(TestProfiles.ObservationWith(""), TestProfiles.Observation));
    }

    [Fact]
    public void Validate_FixedValueDiffers_Error()
    {
        var body = TestProfiles.ObservationWith("").Replace("\"final\"", "\"amended\"", StringComparison.Ordinal);
        OutcomeAssert.HasError(Validator.Validate(body, TestProfiles.Observation), "Observation.status", "exactly 'final'");
    }

    [Fact]
    public void Validate_PatternCodingAmongOthers_MatchesByContainment()
    {
        var body = TestProfiles.ObservationWith("").Replace("\"coding\":[", "\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"27113001\"},", StringComparison.Ordinal);
        OutcomeAssert.AllOk(Validator.Validate(body, TestProfiles.Observation));
    }

    [Fact]
    public void Validate_PatternCodingMissing_Error()
    {
        var body = TestProfiles.ObservationWith("").Replace("29463-7", "8302-2", StringComparison.Ordinal);
        OutcomeAssert.HasError(Validator.Validate(body, TestProfiles.Observation), "Observation.code", "http://loinc.org|29463-7");
    }

    [Fact]
    public void Validate_ChoiceTypeExcludedByProfile_Error()
    {
        var body = TestProfiles.ObservationWith("").Replace(
            "\"valueQuantity\":{\"value\":70,\"unit\":\"kg\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"kg\"}", "\"valueString\":\"heavy\"", StringComparison.Ordinal);
        OutcomeAssert.HasError(Validator.Validate(body, TestProfiles.Observation), "Observation.valueString", "does not allow the type 'string'");
        OutcomeAssert.AllOk(Validator.Validate(body));
    }

    [Fact]
    public void Matches_FixedWithExtraElement_FalseButPatternTrue()
    {
        var expected = new Hl7.Fhir.Model.Coding("http://loinc.org", "29463-7");
        var instance = new Hl7.Fhir.Model.Coding("http://loinc.org", "29463-7") { Display = "Body weight" };
        Assert.False(Checks.ValueMatcher.Matches(instance, expected, exact: true));
        Assert.True(Checks.ValueMatcher.Matches(instance, expected, exact: false));
        Assert.True(Checks.ValueMatcher.Matches(new Hl7.Fhir.Model.Coding("http://loinc.org", "29463-7"), expected, exact: true));
    }
}
