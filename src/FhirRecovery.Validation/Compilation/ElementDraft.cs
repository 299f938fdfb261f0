using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Compilation;

/// <summary>Mutable scaffolding used while a snapshot is turned into nodes: an element, its children and, when
/// it is sliced, its slices (each with its own children).</summary>
internal sealed class ElementDraft(ElementDefinition element, bool inSlice)
{
    public ElementDefinition Element { get; } = element;

    /// <summary>True inside a slice: the element is not the base definition of its path.</summary>
    public bool InSlice { get; } = inSlice;

    public List<ElementDraft> Children { get; } = [];

    public List<ElementDraft> Slices { get; } = [];

    /// <summary>The child with this name in an instance ("code", "value" for value[x]).</summary>
    public ElementDraft? Child(string name) => Children.FirstOrDefault(c => NameOf(c.Element) == name || NameOf(c.Element) == name + "[x]");

    public static string NameOf(ElementDefinition element)
    {
        var path = element.Path ?? "";
        return path[(path.LastIndexOf('.') + 1)..];
    }
}
