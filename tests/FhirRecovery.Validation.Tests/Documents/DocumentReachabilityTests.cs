using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Tests.Documents;

/// <summary>Every entry of a document Bundle must be reachable from the Composition (forward, or backward as a warning).</summary>
[Collection(ValidatorGroup.Name)]
public sealed class DocumentReachabilityTests(ValidatorFixture fixture)
{
    private const string Composition = """
        {"fullUrl":"urn:uuid:00000000-0000-4000-8000-000000000001","resource":{"resourceType":"Composition","status":"final",
         "type":{"coding":[{"system":"http://loinc.org","code":"18842-5"}]},"subject":{"reference":"urn:uuid:00000000-0000-4000-8000-000000000002"},
         "date":"2020-01-01","author":[{"reference":"urn:uuid:00000000-0000-4000-8000-000000000002"}],"title":"Summary"SECTION}}
        """;
    private const string Patient = """{"fullUrl":"urn:uuid:00000000-0000-4000-8000-000000000002","resource":{"resourceType":"Patient","active":true}}""";

    private ValidationResult Validate(string section, string third) => fixture.Validator.Validate(
        $$$"""{"resourceType":"Bundle","identifier":{"system":"urn:ietf:rfc:3986","value":"urn:uuid:00000000-0000-4000-8000-0000000000aa"},"type":"document","timestamp":"2020-01-01T10:00:00Z","entry":[{{{Composition.Replace("SECTION", section, StringComparison.Ordinal)}}},{{{Patient}}},{{{third}}}]}""");

    private static string Observation(string subject) =>
        $$$"""{"fullUrl":"urn:uuid:00000000-0000-4000-8000-000000000003","resource":{"resourceType":"Observation","status":"final","code":{"text":"x"}{{{subject}}}}}""";

    [Fact]
    public void Validate_EntryReferencedFromASection_NoError()
    {
        var result = Validate(""","section":[{"title":"Obs","text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\">x</div>"},"entry":[{"reference":"urn:uuid:00000000-0000-4000-8000-000000000003"}]}]""", Observation(""));
        OutcomeAssert.NoErrorAt(result, "Bundle.entry[2]");
    }

    [Fact]
    public void Validate_EntryNothingLinksTo_Error() =>
        OutcomeAssert.HasError(Validate("", Observation("")), "Bundle.entry[2]", "isn't reachable");

    [Fact]
    public void Validate_EntryLinkingBackToTheDocument_WarningOnly()
    {
        var result = Validate("", Observation(""","subject":{"reference":"urn:uuid:00000000-0000-4000-8000-000000000002"}"""));
        OutcomeAssert.NoErrorAt(result, "Bundle.entry[2]");
        OutcomeAssert.HasIssue(result, OperationOutcome.IssueSeverity.Warning, "Bundle.entry[2]", "reverse link");
    }
}
