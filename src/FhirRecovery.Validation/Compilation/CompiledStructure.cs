using System.Collections.Frozen;
using FhirRecovery.Validation.Checks;

namespace FhirRecovery.Validation.Compilation;

/// <summary>A StructureDefinition compiled into a tree of checks, cached by canonical URL and version.</summary>
internal sealed class CompiledStructure
{
    public required string Url { get; init; }

    public string? Version { get; init; }

    /// <summary>The FHIR type constrained (Patient, HumanName, string...).</summary>
    public required string Type { get; init; }

    /// <summary>True for profiles; false for the base definition of a type.</summary>
    public required bool IsConstraint { get; init; }

    public required ElementNode Root { get; init; }

    /// <summary>Every element by path, to follow contentReference ("#Questionnaire.item").</summary>
    public required FrozenDictionary<string, ElementNode> ByPath { get; init; }

    /// <summary>For extension definitions: where the extension may be used (context expressions).</summary>
    public IReadOnlyList<string> ExtensionContexts { get; init; } = [];

    /// <summary>The same contexts by kind (element path, FHIRPath, extension url), as <see cref="ExtensionContextMatcher"/> judges them.</summary>
    public ExtensionContextSet Contexts { get; init; } = ExtensionContextSet.None;

    /// <summary>For extension definitions: true when the extension is a modifier (isModifier on its root).</summary>
    public bool IsModifierExtension { get; init; }

    public string Display => Version is null ? Url : Url + "|" + Version;
}
