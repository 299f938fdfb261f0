using System.Text;

namespace FhirRecovery.Validation.Tests;

/// <summary>Coding.system and Identifier.system are absolute URIs.</summary>
[Collection(ValidatorGroup.Name)]
public sealed class SystemUriTests(ValidatorFixture fixture)
{
    [Theory]
    [InlineData("""{"resourceType":"Patient","identifier":[{"system":"local-ids","value":"1"}]}""", "Patient.identifier[0].system")]
    [InlineData("""{"resourceType":"Patient","maritalStatus":{"coding":[{"system":"marital","code":"M"}]}}""", "Patient.maritalStatus.coding[0].system")]
    public void Validate_RelativeSystem_Error(string body, string expression)
    {
        var result = fixture.Validator.Validate(Encoding.UTF8.GetBytes(body), FhirFormat.Json, new ValidationRequest([]));

        OutcomeAssert.HasError(result, expression, "absolute");
    }

    [Theory]
    [InlineData("""{"resourceType":"Patient","identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9434765919"}]}""", "Patient.identifier[0].system")]
    [InlineData("""{"resourceType":"Patient","identifier":[{"system":"urn:oid:2.16.840.1.113883.2.1.4.1","value":"1"}]}""", "Patient.identifier[0].system")]
    [InlineData("""{"resourceType":"Patient","maritalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/v3-MaritalStatus","code":"M"}]}}""", "Patient.maritalStatus.coding[0].system")]
    public void Validate_AbsoluteSystem_NoErrorAtSystem(string body, string expression)
    {
        var result = fixture.Validator.Validate(Encoding.UTF8.GetBytes(body), FhirFormat.Json, new ValidationRequest([]));

        OutcomeAssert.NoErrorAt(result, expression);
    }
}
