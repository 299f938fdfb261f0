using System.Text;

namespace FhirRecovery.Validation.Tests.Bundles;

/// <summary>fullUrl rules of Bundle entries (the reference validator's BUNDLE_ENTRY_* errors).</summary>
[Collection(ValidatorGroup.Name)]
public sealed class BundleFullUrlTests(ValidatorFixture fixture)
{
    private const string PatientP1 = """{"resourceType":"Patient","id":"p1","gender":"female"}""";

    [Theory]
    [InlineData("collection", "\"fullUrl\":\"Patient/p1\",", PatientP1, "Bundle.entry[0].fullUrl", "absolute")]
    [InlineData("collection", "\"fullUrl\":\"http://example.org/fhir/Patient/p2\",", PatientP1, "Bundle.entry[0]", "does not match")]
    [InlineData("collection", "\"fullUrl\":\"http://example.org/fhir/Observation/p1\",", PatientP1, "Bundle.entry[0]", "does not match")]
    [InlineData("collection", "\"fullUrl\":\"http://example.org/fhir/Patient/p1\",", """{"resourceType":"Patient","gender":"female"}""", "Bundle.entry[0]", "has no id")]
    [InlineData("collection", "", PatientP1, "Bundle.entry[0]", "must have a fullUrl")]
    [InlineData("searchset", "", PatientP1, "Bundle.entry[0]", "must have a fullUrl")]
    public void Validate_EntryWithWrongFullUrl_Error(string type, string fullUrl, string resource, string expression, string message)
    {
        var result = Validate(type, fullUrl, resource);

        OutcomeAssert.HasError(result, expression, message);
    }

    [Theory]
    [InlineData("collection", "\"fullUrl\":\"http://example.org/fhir/Patient/p1\",", PatientP1)]
    [InlineData("collection", "\"fullUrl\":\"urn:uuid:8f0e4b1e-4f7a-4c1e-9a1e-2b7c1d3e4f50\",", PatientP1)]
    [InlineData("transaction", "", PatientP1)]
    [InlineData("batch", "", PatientP1)]
    public void Validate_EntryWithConsistentFullUrl_NoFullUrlError(string type, string fullUrl, string resource)
    {
        var result = Validate(type, fullUrl, resource);

        Assert.DoesNotContain(result.Outcome.Issue, i => (i.Details?.Text ?? "").Contains("fullUrl", StringComparison.Ordinal)
            && i.Severity == Hl7.Fhir.Model.OperationOutcome.IssueSeverity.Error);
    }

    private ValidationResult Validate(string type, string fullUrl, string resource)
    {
        var request = type is "transaction" or "batch" ? ",\"request\":{\"method\":\"POST\",\"url\":\"Patient\"}" : "";
        var search = type == "searchset" ? ",\"search\":{\"mode\":\"match\"}" : "";
        var body = $$"""{"resourceType":"Bundle","id":"b1","type":"{{type}}","entry":[{{{fullUrl}}"resource":{{resource}}{{request}}{{search}}}]}""";
        return fixture.Validator.Validate(Encoding.UTF8.GetBytes(body), FhirFormat.Json, new ValidationRequest([]));
    }
}
