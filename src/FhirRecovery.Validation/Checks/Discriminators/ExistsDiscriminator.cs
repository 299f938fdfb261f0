using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks.Discriminators;

/// <summary>exists discriminator: the slice requires (min &gt; 0) or forbids (max = 0) the element at the path.</summary>
internal sealed class ExistsDiscriminator(DiscriminatorPath path, bool mustExist) : IDiscriminator
{
    public bool Matches(Base item, ValidationRun run) => path.Select(item, run).Count > 0 == mustExist;
}
