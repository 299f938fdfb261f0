using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Compilation;

/// <summary>The compiled slicing of an element: how items are told apart, whether unmatched items are allowed
/// (open, closed, openAtEnd), whether slices must come in order, and the slices themselves.</summary>
internal sealed class SlicingRules
{
    public required ElementDefinition.SlicingRules Rules { get; init; }

    public required bool Ordered { get; init; }

    /// <summary>"value:code, pattern:system" - for messages.</summary>
    public required string DiscriminatorText { get; init; }

    public required IReadOnlyList<SliceDefinition> Slices { get; init; }

    /// <summary>Slices looked up by their fixed code; null when the slices are not told apart by codes.</summary>
    public SliceIndex? Index { get; init; }

    public bool HasRequiredSlice => Slices.Any(s => s.Node.Min > 0);

    /// <summary>True when a slice is itself sliced (re-slicing, "a/b"): its items are then sliced again.</summary>
    public bool HasReslices { get; init; }
}
