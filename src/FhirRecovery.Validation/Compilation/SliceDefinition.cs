using FhirRecovery.Validation.Checks.Discriminators;

namespace FhirRecovery.Validation.Compilation;

/// <summary>One slice: its node (cardinality, checks, children) and the discriminator tests that decide whether
/// an item belongs to it. With no usable discriminator, membership is decided by validating the item
/// against the slice (it belongs when it has no error).</summary>
internal sealed class SliceDefinition
{
    public required string Name { get; init; }

    public required ElementNode Node { get; init; }

    public required IReadOnlyList<IDiscriminator> Discriminators { get; init; }
}
