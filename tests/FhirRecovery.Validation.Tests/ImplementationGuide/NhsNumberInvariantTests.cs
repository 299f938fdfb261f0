using System.Text;

namespace FhirRecovery.Validation.Tests.ImplementationGuide;

/// <summary>The RecoveryPatient profile's Modulus 11 invariant on NHS numbers, at its edges: a check digit of 0
/// (remainder 0), numbers whose check digit would be 10 (never valid), and wrong lengths.</summary>
[Collection(ValidatorGroup.Name)]
public sealed class NhsNumberInvariantTests(ValidatorFixture fixture)
{
    private const string RecoveryPatient = "https://fhirrecovery.org.uk/fhir/StructureDefinition/recovery-patient";

    [Theory]
    [InlineData("9991047514")]
    [InlineData("9990321620")] // remainder 0: check digit 0
    [InlineData("9999999999")]
    public void Validate_NhsNumberWithRightCheckDigit_Passes(string nhsNumber)
    {
        var result = Validate(nhsNumber);

        OutcomeAssert.NoErrorAt(result, "Patient");
        Assert.DoesNotContain(result.Outcome.Issue, i => (i.Details?.Text ?? "").Contains("nhs-number-modulus-11", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("9991047515")] // wrong check digit
    [InlineData("9990000000")] // remainder 1: check digit would be 10, never valid
    [InlineData("999104751")] // nine digits
    [InlineData("99910475140")] // eleven digits
    [InlineData("999104751X")]
    public void Validate_NhsNumberFailingModulus11_ReportsTheInvariant(string nhsNumber)
    {
        var result = Validate(nhsNumber);

        OutcomeAssert.HasError(result, "Patient", "nhs-number-modulus-11");
    }

    private ValidationResult Validate(string nhsNumber)
    {
        var json = $$"""
            {"resourceType":"Patient","id":"p1",
             "identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"{{nhsNumber}}"}],
             "name":[{"family":"Example","given":["Sam"]}],"birthDate":"1980-01-01"}
            """;
        return fixture.Validator.Validate(Encoding.UTF8.GetBytes(json), FhirFormat.Json, new ValidationRequest([RecoveryPatient]));
    }
}
