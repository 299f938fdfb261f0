using System.Collections.Frozen;
using FhirRecovery.Validation.Checks;

namespace FhirRecovery.Validation.Compilation;

/// <summary>
/// One element of a compiled StructureDefinition: its cardinality, allowed types, the checks that run on
/// each of its values, and its children (empty when the children come from the element's type). Immutable
/// once compiled; shared by every validation.
/// </summary>
internal sealed class ElementNode
{
    public const int Unbounded = int.MaxValue;

    public required string Path { get; init; }

    /// <summary>The element's name as it appears in an instance, without [x] for choice elements.</summary>
    public required string Name { get; init; }

    /// <summary>The slice name when this node is a slice of its element; null for the base element.</summary>
    public string? SliceName { get; init; }

    public required int Min { get; init; }

    public required int Max { get; init; }

    /// <summary>True for value[x]-style elements; <see cref="TypeCodes"/> lists the allowed types.</summary>
    public required bool IsChoice { get; init; }

    public required FrozenSet<string> TypeCodes { get; init; }

    /// <summary>"#Questionnaire.item" style reference to the element that defines this one's children.</summary>
    public string? ContentReference { get; init; }

    public required IReadOnlyList<IElementCheck> Checks { get; init; }

    public required FrozenDictionary<string, ElementNode> Children { get; init; }

    private ElementNode[]? _childList;

    /// <summary>The children in definition order, as an array: the walker looks each one up on the instance
    /// (no enumerator per element). Derived from <see cref="Children"/> when not given.</summary>
    public ElementNode[] ChildList
    {
        get => _childList ??= [.. Children.Values];
        init => _childList = value;
    }

    /// <summary>Children with min &gt; 0, so presence is checked without scanning every child definition.</summary>
    public required IReadOnlyList<ElementNode> RequiredChildren { get; init; }

    /// <summary>The slicing of this element (discriminators, rules, slices); null when not sliced.</summary>
    public SlicingRules? Slicing { get; init; }

    /// <summary>The element id ("Observation.component:systolic.value[x]"): names the slice an element belongs to.</summary>
    public required string Id { get; init; }

    public string Display => Id.Contains(':', StringComparison.Ordinal) ? Id : Path;

    public string MaxText => Max == Unbounded ? "*" : Max.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool AllowsType(string typeName) => TypeCodes.Count == 0 || TypeCodes.Contains(typeName)
        || TypeCodes.Contains("*") || (TypeCodes.Contains("Resource") && Hl7.Fhir.Model.ModelInfo.IsKnownResource(typeName));
}
