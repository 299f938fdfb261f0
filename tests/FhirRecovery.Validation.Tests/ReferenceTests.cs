namespace FhirRecovery.Validation.Tests;

[Collection(ValidatorGroup.Name)]
public sealed class ReferenceTests(ValidatorFixture fixture)
{
    private FhirValidator Validator => fixture.Validator;

    private static string Observation(string subjectReference) =>
        $$$"""{"resourceType":"Observation","status":"final","code":{"text":"x"},"subject":{"reference":"{{{subjectReference}}}"}}""";

    [Theory]
    [InlineData("Patient/123")]
    [InlineData("Patient/123/_history/2")]
    [InlineData("https://fhir.example.org/r4/Patient/abc")]
    [InlineData("urn:uuid:5b9f2a0e-4d7c-4a55-9a44-2f1f8d1a7c11")]
    [InlineData("urn:oid:1.2.3.4")]
    [InlineData("urn:isbn:0451450523")]
    [InlineData("Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|9000000009")]
    public void Validate_WellFormedReference_NoError(string reference)
    {
        OutcomeAssert.AllOk(Validator.Validate(Observation(reference)));
    }

    [Theory]
    [InlineData("patient/123")]
    [InlineData("Patient/a b")]
    [InlineData("Spaceship/1")]
    [InlineData("urn:uuid:not-a-uuid")]
    public void Validate_MalformedReference_ErrorAtReference(string reference)
    {
        OutcomeAssert.HasError(Validator.Validate(Observation(reference)), "Observation.subject.reference", "not a valid reference");
    }

    [Fact]
    public void Validate_ReferenceToTypeNotAllowed_Error()
    {
        // Observation.subject allows Patient, Group, Device, Location; not Medication.
        OutcomeAssert.HasError(Validator.Validate(Observation("Medication/1")), "Observation.subject.reference", "not Medication");
    }

    [Fact]
    public void Validate_DisplayOnlyReference_Valid()
    {
        OutcomeAssert.AllOk(Validator.Validate("""{"resourceType":"Observation","status":"final","code":{"text":"x"},"subject":{"display":"Ann"}}"""));
    }

    [Fact]
    public void Validate_ContainedReferenceFound_Valid()
    {
        var result = Validator.Validate("""{"resourceType":"Observation","status":"final","code":{"text":"x"},"contained":[{"resourceType":"Patient","id":"p1"}],"subject":{"reference":"#p1"}}""");
        OutcomeAssert.AllOk(result);
    }

    [Fact]
    public void Validate_ContainedReferenceMissing_Error()
    {
        var result = Validator.Validate("""{"resourceType":"Observation","status":"final","code":{"text":"x"},"contained":[{"resourceType":"Patient","id":"p1"}],"subject":{"reference":"#p2"}}""");
        OutcomeAssert.HasError(result, "Observation.subject.reference", "contained");
    }

    [Fact]
    public void Validate_ContainedTargetOfWrongType_Error()
    {
        var result = Validator.Validate("""{"resourceType":"Observation","status":"final","code":{"text":"x"},"contained":[{"resourceType":"Medication","id":"m1"}],"subject":{"reference":"#m1"}}""");
        OutcomeAssert.HasError(result, "Observation.subject.reference", "not Medication");
    }

    [Fact]
    public void Validate_InMemoryResourceWithBadId_FormatError()
    {
        var patient = new Hl7.Fhir.Model.Patient { Id = "has spaces" };
        OutcomeAssert.HasError(Validator.Validate(patient, ValidationRequest.Base), "Patient.id", "not a valid 'id'");
    }

    [Fact]
    public void Validate_IdLongerThan64_Error()
    {
        var id = new string('a', 65);
        OutcomeAssert.HasError(Validator.Validate($$"""{"resourceType":"Patient","id":"{{id}}"}"""), "Patient.id");
    }

    [Fact]
    public void Validate_TargetInBundleNotConformingToTargetProfile_Error()
    {
        // test-observation's subject must be a test-identified-patient (identifier 1..*); the target is found in the Bundle.
        var observation = TestProfiles.ObservationWith(""","meta":{"profile":["http://test.fhirrecovery.org.uk/StructureDefinition/test-observation"]},"subject":{"reference":"urn:uuid:00000000-0000-4000-8000-000000000001"}""");
        const string bundle = """{"resourceType":"Bundle","type":"collection","entry":[{"fullUrl":"urn:uuid:00000000-0000-4000-8000-000000000001","resource":{"resourceType":"Patient"IDENTIFIER}},{"fullUrl":"urn:uuid:00000000-0000-4000-8000-000000000002","resource":OBSERVATION}]}""";
        var body = bundle.Replace("OBSERVATION", observation, StringComparison.Ordinal);
        OutcomeAssert.HasError(Validator.Validate(body.Replace("IDENTIFIER", "", StringComparison.Ordinal)), "Bundle.entry[1].resource.subject.reference", "does not conform");
        OutcomeAssert.AllOk(Validator.Validate(body.Replace("IDENTIFIER", ",\"identifier\":[{\"value\":\"1\"}]", StringComparison.Ordinal)));
    }

    [Fact]
    public void Validate_LogicalReferenceWithTypeNotAllowed_Error()
    {
        const string body = """{"resourceType":"Observation","status":"final","code":{"text":"x"},"subject":{"type":"TYPE","identifier":{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9000000009"}}}""";
        OutcomeAssert.AllOk(Validator.Validate(body.Replace("TYPE", "Patient", StringComparison.Ordinal)));
        OutcomeAssert.HasError(Validator.Validate(body.Replace("TYPE", "Medication", StringComparison.Ordinal)), "Observation.subject.type", "not Medication");
    }
}
