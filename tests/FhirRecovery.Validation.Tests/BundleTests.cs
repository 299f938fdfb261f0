using System.Text;

namespace FhirRecovery.Validation.Tests;

[Collection(ValidatorGroup.Name)]
public sealed class BundleTests(ValidatorFixture fixture)
{
    private const string Header = """{"fullUrl":"urn:uuid:00000000-0000-4000-8000-000000000001","resource":{"resourceType":"MessageHeader","eventCoding":{"system":"https://fhirrecovery.org.uk/event","code":"release"},"source":{"endpoint":"https://a.example/fhir"},"focus":[{"reference":"FOCUS"}]}}""";
    private const string PatientEntry = """{"fullUrl":"urn:uuid:00000000-0000-4000-8000-000000000002","resource":{"resourceType":"Patient","birthDate":"BIRTH"}}""";

    private FhirValidator Validator => fixture.Validator;

    private static string Message(string focus, string birthDate = "1980-01-01") =>
        $$"""{"resourceType":"Bundle","type":"message","timestamp":"2026-01-01T00:00:00Z","entry":[{{Header.Replace("FOCUS", focus, StringComparison.Ordinal)}},{{PatientEntry.Replace("BIRTH", birthDate, StringComparison.Ordinal)}}]}""";

    [Fact]
    public void Validate_MessageFocusInBundle_Valid()
    {
        OutcomeAssert.AllOk(Validator.Validate(Message("urn:uuid:00000000-0000-4000-8000-000000000002")));
    }

    [Fact]
    public void Validate_MessageFocusNotInBundle_Error()
    {
        var result = Validator.Validate(Message("urn:uuid:00000000-0000-4000-8000-000000000009"));
        OutcomeAssert.HasError(result, "Bundle.entry[0].resource.focus[0].reference", "not an entry");
    }

    [Fact]
    public void Validate_EntryInvalid_ErrorAtEntryPath()
    {
        var result = Validator.Validate(Message("urn:uuid:00000000-0000-4000-8000-000000000002", birthDate: "01/01/1980"));
        OutcomeAssert.HasError(result, "Bundle.entry[1].resource.birthDate");
    }

    [Fact]
    public void Validate_BundleAlsoWalkedAgainstAProfile_EntryValidatedAndReportedOnce()
    {
        // The walk against the profile reaches the entries a second time; they are validated (and reported) once.
        var result = Validator.Validate(Message("urn:uuid:00000000-0000-4000-8000-000000000002", birthDate: "01/01/1980"),
            "http://hl7.org/fhir/StructureDefinition/Bundle");

        OutcomeAssert.HasError(result, "Bundle.entry[1].resource.birthDate");
        Assert.Single(result.Outcome.Issue, i => i.Expression.Contains("Bundle.entry[1].resource.birthDate"));
    }

    [Fact]
    public void Validate_EntryReferenceOfWrongTypeResolvedInBundle_Error()
    {
        // The reference carries no type; only resolving it in the Bundle shows it is a Medication.
        var body = """{"resourceType":"Bundle","type":"collection","entry":[{"fullUrl":"urn:uuid:00000000-0000-4000-8000-000000000001","resource":{"resourceType":"Medication"}},{"fullUrl":"urn:uuid:00000000-0000-4000-8000-000000000002","resource":{"resourceType":"Observation","status":"final","code":{"text":"x"},"subject":{"reference":"urn:uuid:00000000-0000-4000-8000-000000000001"}}}]}""";
        OutcomeAssert.HasError(Validator.Validate(body), "Bundle.entry[1].resource.subject.reference", "not Medication");
    }

    [Fact]
    public void Validate_RelativeReferenceResolvedAgainstEntryBase_TypeChecked()
    {
        var body = """{"resourceType":"Bundle","type":"collection","entry":[{"fullUrl":"https://a.example/fhir/Patient/1","resource":{"resourceType":"Patient","id":"1"}},{"fullUrl":"https://a.example/fhir/Observation/2","resource":{"resourceType":"Observation","id":"2","status":"final","code":{"text":"x"},"subject":{"reference":"Patient/1"}}}]}""";
        OutcomeAssert.AllOk(Validator.Validate(body));
    }

    [Fact]
    public void Validate_DuplicateFullUrl_Error()
    {
        var body = """{"resourceType":"Bundle","type":"collection","entry":[{"fullUrl":"urn:uuid:00000000-0000-4000-8000-000000000001","resource":{"resourceType":"Patient"}},{"fullUrl":"urn:uuid:00000000-0000-4000-8000-000000000001","resource":{"resourceType":"Patient"}}]}""";
        OutcomeAssert.HasError(Validator.Validate(body), "Bundle.entry[1].fullUrl", "more than once");
        var history = body.Replace("\"collection\"", "\"history\"", StringComparison.Ordinal)
            .Replace("\"resource\":{\"resourceType\":\"Patient\"}", "\"resource\":{\"resourceType\":\"Patient\"},\"request\":{\"method\":\"PUT\",\"url\":\"Patient/1\"},\"response\":{\"status\":\"200\"}", StringComparison.Ordinal);
        OutcomeAssert.NoErrorAt(Validator.Validate(history), "Bundle.entry[1].fullUrl");
    }

    [Fact]
    public void Validate_LargeBundle_ValidatesEveryEntry()
    {
        var entries = new StringBuilder();
        for (var i = 0; i < 500; i++)
        {
            if (i > 0)
            {
                entries.Append(',');
            }

            var birth = i == 321 ? "bad" : "1980-01-01";
            entries.Append(CultureInfoInvariant($$$"""{"fullUrl":"urn:uuid:00000000-0000-4000-8000-{{{i:D12}}}","resource":{"resourceType":"Patient","birthDate":"{{{birth}}}"}}"""));
        }

        var result = Validator.Validate($$"""{"resourceType":"Bundle","type":"collection","entry":[{{entries}}]}""");
        OutcomeAssert.HasError(result, "Bundle.entry[321].resource.birthDate");
        Assert.Single(OutcomeAssert.Findings(result));
    }

    [Fact]
    public void Validate_EntryWithMetaProfile_ValidatedAgainstThatProfile()
    {
        const string entry = """{"resourceType":"Bundle","type":"collection","entry":[{"fullUrl":"urn:uuid:00000000-0000-4000-8000-000000000001","resource":{"resourceType":"Patient","meta":{"profile":["http://test.fhirrecovery.org.uk/StructureDefinition/test-identified-patient"]}IDENTIFIER}}]}""";
        OutcomeAssert.HasError(Validator.Validate(entry.Replace("IDENTIFIER", "", StringComparison.Ordinal)), "Bundle.entry[0].resource", "Patient.identifier");
        OutcomeAssert.AllOk(Validator.Validate(entry.Replace("IDENTIFIER", ",\"identifier\":[{\"system\":\"https://fhir.nhs.uk/Id/nhs-number\",\"value\":\"9000000009\"}]", StringComparison.Ordinal)));
    }

    private static string CultureInfoInvariant(FormattableString text) => FormattableString.Invariant(text);
}
