using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks.Discriminators;

/// <summary>profile discriminator: the value at the path (often a resolve()d reference) conforms to one of the
/// slice's profiles.</summary>
internal sealed class ProfileDiscriminator(DiscriminatorPath path, IReadOnlyList<string> profiles) : IDiscriminator
{
    public bool Matches(Base item, ValidationRun run)
    {
        var values = path.Select(item, run);
        for (var v = 0; v < values.Count; v++)
        {
            for (var p = 0; p < profiles.Count; p++)
            {
                if (Conformance.Conforms(values[v], profiles[p], run))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
