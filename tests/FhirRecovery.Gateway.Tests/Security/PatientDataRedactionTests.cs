using FhirRecovery.Gateway.Observability;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Tests.Security;

public sealed class PatientDataRedactionTests
{
    [Fact]
    public void Redact_PatientResourceOrElementOrBody_NeverReturnsTheirContent()
    {
        var patient = new Patient { Name = [new HumanName { Family = "Morgan", Given = ["Alex"] }], BirthDate = "1978-03-14" };

        var redacted = new[] { PatientDataRedaction.Redact(patient), PatientDataRedaction.Redact(patient.Name[0]),
            PatientDataRedaction.Redact(new FhirString("Morgan")), PatientDataRedaction.Redact("Morgan"u8.ToArray()) };

        Assert.All(redacted.Take(4), r => Assert.NotNull(r));
        Assert.DoesNotContain(redacted, r => r!.Contains("Morgan", StringComparison.Ordinal));
        Assert.Null(PatientDataRedaction.Redact("FRD01"));
    }
}
