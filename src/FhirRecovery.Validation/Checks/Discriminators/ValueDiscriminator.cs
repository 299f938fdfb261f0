using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks.Discriminators;

/// <summary>value and pattern discriminators: the value at the path equals the slice's fixed value or contains
/// its pattern.</summary>
internal sealed class ValueDiscriminator(DiscriminatorPath path, Base expected, bool exact) : IDiscriminator
{
    public DiscriminatorPath Path { get; } = path;

    /// <summary>The slice's fixed or pattern value at <see cref="Path"/> (read by <see cref="Compilation.SliceIndex"/>).</summary>
    public Base Expected { get; } = expected;

    public bool Matches(Base item, ValidationRun run)
    {
        var values = Path.Select(item, run);
        for (var i = 0; i < values.Count; i++)
        {
            if (ValueMatcher.Matches(values[i], Expected, exact))
            {
                return true;
            }
        }

        return false;
    }
}
