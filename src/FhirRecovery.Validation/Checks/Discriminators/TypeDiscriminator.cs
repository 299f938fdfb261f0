using System.Collections.Frozen;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks.Discriminators;

/// <summary>type discriminator: the value at the path is of one of the slice's types.</summary>
internal sealed class TypeDiscriminator(DiscriminatorPath path, FrozenSet<string> types) : IDiscriminator
{
    public bool Matches(Base item, ValidationRun run)
    {
        var values = path.Select(item, run);
        for (var v = 0; v < values.Count; v++)
        {
            if (types.Contains(values[v].TypeName))
            {
                return true;
            }
        }

        return false;
    }
}
