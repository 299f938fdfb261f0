using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Compilation;

/// <summary>An extension definition's contexts by kind: element paths ("Patient", "Observation.value[x]"),
/// FHIRPath expressions (evaluated on the resource; the extension may sit on any element they select) and the
/// urls of extensions it may sit in (type "extension").</summary>
internal sealed class ExtensionContextSet
{
    public static readonly ExtensionContextSet None = new([], [], [], []);

    private ExtensionContextSet(string[] elements, string[] fhirPaths, string[] extensions, string[] invariants)
    {
        Elements = elements;
        FhirPaths = fhirPaths;
        Extensions = extensions;
        Invariants = invariants;
    }

    public IReadOnlyList<string> Elements { get; }

    public IReadOnlyList<string> FhirPaths { get; }

    public IReadOnlyList<string> Extensions { get; }

    /// <summary>contextInvariant: FHIRPath that must hold on the element the extension sits on.</summary>
    public IReadOnlyList<string> Invariants { get; }

    public bool IsEmpty => Elements.Count == 0 && FhirPaths.Count == 0 && Extensions.Count == 0;

    public static ExtensionContextSet From(StructureDefinition definition)
    {
        if (definition.Context.Count == 0 && !definition.ContextInvariant.Any())
        {
            return None;
        }

        string[] Of(StructureDefinition.ExtensionContextType type) =>
            [.. definition.Context.Where(c => (c.Type ?? StructureDefinition.ExtensionContextType.Element) == type).Select(c => c.Expression).OfType<string>()];

        return new ExtensionContextSet(Of(StructureDefinition.ExtensionContextType.Element), Of(StructureDefinition.ExtensionContextType.Fhirpath),
            Of(StructureDefinition.ExtensionContextType.Extension), [.. definition.ContextInvariant.OfType<string>()]);
    }
}
