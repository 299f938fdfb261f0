using System.Text;

namespace FhirRecovery.Validation.Tests;

/// <summary>URNs in uri elements must be what they claim (the reference validator's OID and UUID rules).</summary>
[Collection(ValidatorGroup.Name)]
public sealed class UriFormatTests(ValidatorFixture fixture)
{
    [Theory]
    [InlineData("urn:oid:2.16.x.1", "not a valid OID")]
    [InlineData("urn:uuid:not-a-uuid", "not a valid UUID")]
    [InlineData("oid:2.16.840.1.113883", "urn:oid:")]
    public void Validate_IdentifierSystemWithBadUrn_Error(string system, string message)
    {
        var result = Validate(system);

        OutcomeAssert.HasError(result, "Patient.identifier[0].system", message);
    }

    [Theory]
    [InlineData("urn:oid:2.16.840.1.113883.2.1.4.1")]
    [InlineData("urn:uuid:8f0e4b1e-4f7a-4c1e-9a1e-2b7c1d3e4f50")]
    [InlineData("https://fhir.nhs.uk/Id/nhs-number")]
    public void Validate_IdentifierSystemWellFormed_NoErrorAtSystem(string system)
    {
        var result = Validate(system);

        OutcomeAssert.NoErrorAt(result, "Patient.identifier[0].system");
    }

    private ValidationResult Validate(string system) => fixture.Validator.Validate(
        Encoding.UTF8.GetBytes($$"""{"resourceType":"Patient","identifier":[{"system":"{{system}}","value":"1"}]}"""),
        FhirFormat.Json, new ValidationRequest([]));
}
