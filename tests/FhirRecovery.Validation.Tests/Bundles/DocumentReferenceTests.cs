namespace FhirRecovery.Validation.Tests.Bundles;

/// <summary>A document Bundle carries every resource its entries refer to (the HL7 Java validator's rule).</summary>
[Collection(ValidatorGroup.Name)]
public sealed class DocumentReferenceTests(ValidatorFixture fixture)
{
    private const string Composition = """{"fullUrl":"http://example.org/fhir/Composition/comp1","resource":{"resourceType":"Composition","id":"comp1","status":"final","type":{"coding":[{"system":"http://loinc.org","code":"18842-5"}]},"subject":{"reference":"Patient/p1"},"date":"2020-01-01T10:00:00Z","author":[{"reference":"Patient/p1"}],"title":"Discharge summary","section":[{"title":"Notes","text":{"status":"generated","div":"<div xmlns=\"http://www.w3.org/1999/xhtml\">Well.</div>"}}]}}""";
    private const string Patient = """{"fullUrl":"http://example.org/fhir/Patient/p1","resource":{"resourceType":"Patient","id":"p1"}}""";

    private FhirValidator Validator => fixture.Validator;

    [Fact]
    public void Validate_DocumentReferringOutsideItself_ErrorAtReference() =>
        OutcomeAssert.HasError(Validator.Validate(Document(Composition)), "Bundle.entry[0].resource.subject.reference", "Can't find 'Patient/p1'");

    [Fact]
    public void Validate_DocumentCarryingWhatItRefersTo_NoReferenceError() =>
        OutcomeAssert.NoErrorAt(Validator.Validate(Document(Composition + "," + Patient)), "Bundle.entry[0].resource.subject");

    [Fact]
    public void Validate_CollectionReferringOutsideItself_NoReferenceError() =>
        OutcomeAssert.NoErrorAt(Validator.Validate(Document(Composition).Replace("\"document\"", "\"collection\"", StringComparison.Ordinal)), "Bundle.entry[0].resource.subject");

    private static string Document(string entries) =>
        """{"resourceType":"Bundle","id":"b1","type":"document","identifier":{"system":"urn:ietf:rfc:3986","value":"urn:uuid:0c3151bd-1cbf-4d64-b04d-cd9187a4c6e0"},"timestamp":"2020-01-01T10:00:00Z","entry":["""
        + entries + "]}";
}
