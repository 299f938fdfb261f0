using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks.Discriminators;

/// <summary>profile discriminator: the value at the path (often a resolve()d reference) conforms to one of the
/// slice's profiles.</summary>
internal sealed class ProfileDiscriminator(DiscriminatorPath path, IReadOnlyList<string> profiles) : IDiscriminator
{
    public bool Matches(Base item, ValidationRun run) =>
        path.Select(item, run).Any(value => profiles.Any(profile => Conformance.Conforms(value, profile, run)));
}
