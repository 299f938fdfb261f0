namespace FhirRecovery.Validation.Tests;

[Collection(ValidatorGroup.Name)]
public sealed class ProfileTests(ValidatorFixture fixture)
{
    private const string IdentifiedPatient = "http://test.fhirrecovery.org.uk/StructureDefinition/test-identified-patient";

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
        var result = Validator.Validate("""{"resourceType":"Patient","meta":{"profile":["http://test.fhirrecovery.org.uk/StructureDefinition/test-identified-patient"]}}""");
        OutcomeAssert.HasError(result, "Patient", "Patient.identifier");
    }

    [Fact]
    public void Validate_RequestedProfileViolated_ErrorOnlyWhenRequested()
    {
        const string body = """{"resourceType":"Patient","active":true}""";
        OutcomeAssert.AllOk(Validator.Validate(body));
        OutcomeAssert.HasError(Validator.Validate(body, IdentifiedPatient), "Patient", "Patient.identifier");
    }

    [Fact]
    public void Validate_RequestedProfileMet_AllOk()
    {
        var result = Validator.Validate("""{"resourceType":"Patient","identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9000000009"}]}""", IdentifiedPatient);
        OutcomeAssert.AllOk(result);
    }

    [Fact]
    public void Validate_ProfileForAnotherType_Error()
    {
        var result = Validator.Validate("""{"resourceType":"Observation","status":"final","code":{"text":"x"}}""", IdentifiedPatient);
        OutcomeAssert.HasError(result, "Observation", "constrains Patient");
    }

    [Fact]
    public void Warm_KnownProfiles_Compiles()
    {
        Validator.Warm([IdentifiedPatient, "http://hl7.org/fhir/StructureDefinition/AuditEvent", "http://hl7.org/fhir/StructureDefinition/Bundle"]);
    }

    [Fact]
    public void Warm_EveryProfileOfTheImplementationGuide_Compiles()
    {
        var igProfiles = fixture.Catalog.ProfileUrls.Where(u => u.StartsWith("https://fhirrecovery.org.uk/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(igProfiles);
        Validator.Warm(igProfiles);
    }

    [Fact]
    public void Warm_UnknownProfiles_ThrowsListingEach()
    {
        var error = Assert.Throws<ProfileCompilationException>(() => Validator.Warm(["http://example.org/a", IdentifiedPatient, "http://example.org/b"]));
        Assert.Equal(2, error.Problems.Count);
        Assert.Contains("http://example.org/a", error.Message, StringComparison.Ordinal);
        Assert.Contains("http://example.org/b", error.Message, StringComparison.Ordinal);
    }
}
