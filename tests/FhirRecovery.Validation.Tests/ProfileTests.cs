namespace FhirRecovery.Validation.Tests;

[Collection(ValidatorGroup.Name)]
public sealed class ProfileTests(ValidatorFixture fixture)
{
    private const string RecoveryPatient = "https://fhirrecovery.org.uk/fhir/StructureDefinition/recovery-patient";

    private FhirValidator Validator => fixture.Validator;

    [Fact]
    public void Validate_UnknownMetaProfile_ErrorNamingIt()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","meta":{"profile":["http://example.org/StructureDefinition/nope"]}}""");
        OutcomeAssert.HasError(result, "Patient.meta.profile[0]", "http://example.org/StructureDefinition/nope");
    }

    [Fact]
    public void Validate_MetaProfileConstraintViolated_Error()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","meta":{"profile":["https://fhirrecovery.org.uk/fhir/StructureDefinition/recovery-patient"]}}""");
        OutcomeAssert.HasError(result, "Patient", "Patient.identifier");
    }

    [Fact]
    public void Validate_RequestedProfileViolated_ErrorOnlyWhenRequested()
    {
        const string body = """{"resourceType":"Patient","active":true}""";
        OutcomeAssert.AllOk(Validator.Validate(body));
        OutcomeAssert.HasError(Validator.Validate(body, RecoveryPatient), "Patient", "Patient.identifier");
    }

    [Fact]
    public void Validate_RequestedProfileMet_AllOk()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9000000009"}]}""", RecoveryPatient);
        OutcomeAssert.AllOk(result);
    }

    [Fact]
    public void Validate_ProfileForAnotherType_Error()
    {
        var result = Validator.Validate("""{"resourceType":"Observation","status":"final","code":{"text":"x"}}""", RecoveryPatient);
        OutcomeAssert.HasError(result, "Observation", "constrains Patient");
    }

    [Fact]
    public void Warm_KnownProfiles_Compiles()
    {
        Validator.Warm([RecoveryPatient, "http://hl7.org/fhir/StructureDefinition/AuditEvent", "http://hl7.org/fhir/StructureDefinition/Bundle"]);
    }

    [Fact]
    public void Warm_UnknownProfiles_ThrowsListingEach()
    {
        var error = Assert.Throws<ProfileCompilationException>(() => Validator.Warm(["http://example.org/a", RecoveryPatient, "http://example.org/b"]));
        Assert.Equal(2, error.Problems.Count);
        Assert.Contains("http://example.org/a", error.Message, StringComparison.Ordinal);
        Assert.Contains("http://example.org/b", error.Message, StringComparison.Ordinal);
    }
}
