using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks.Discriminators;

/// <summary>One compiled discriminator test of a slice. Immutable and thread-safe.</summary>
internal interface IDiscriminator
{
    bool Matches(Base item, ValidationRun run);
}
