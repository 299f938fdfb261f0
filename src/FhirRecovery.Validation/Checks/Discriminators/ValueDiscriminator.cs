using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks.Discriminators;

/// <summary>value and pattern discriminators: the value at the path equals the slice's fixed value or contains
/// its pattern.</summary>
internal sealed class ValueDiscriminator(DiscriminatorPath path, Base expected, bool exact) : IDiscriminator
{
    public bool Matches(Base item, ValidationRun run) =>
        path.Select(item, run).Any(value => ValueMatcher.Matches(value, expected, exact));
}
