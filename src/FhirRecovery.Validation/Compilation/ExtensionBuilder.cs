using System.Collections.Frozen;
using FhirRecovery.Validation.Checks;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Compilation;

/// <summary>For extension and modifierExtension elements: each extension is checked against its definition.</summary>
internal sealed class ExtensionBuilder : IElementCheckBuilder
{
    public void Build(ElementContext context, List<IElementCheck> checks)
    {
        var path = context.Element.Path ?? "";
        var isModifier = path.EndsWith(".modifierExtension", StringComparison.Ordinal);
        if (context.IsRoot || !(isModifier || path.EndsWith(".extension", StringComparison.Ordinal))
            || !context.Element.Type.Any(t => t.Code == "Extension"))
        {
            return;
        }

        var hostPath = path[..path.LastIndexOf('.')];
        var hostIsDataType = context.Structure.Kind is StructureDefinition.StructureDefinitionKind.ComplexType
            or StructureDefinition.StructureDefinitionKind.PrimitiveType;
        // A sub-extension compiled inside a complex extension's own definition knows its parent's url ("extension" contexts).
        var parentUrl = path == "Extension.extension" && context.Structure.Type == "Extension"
            && context.Structure.Derivation == StructureDefinition.TypeDerivationRule.Constraint ? context.Structure.Url : null;
        checks.Add(new ExtensionCheck(hostPath, hostIsDataType, isModifier, SubExtensionUrls(context, path), parentUrl));
    }

    /// <summary>The urls of the sub-extensions a complex extension's definition names (its Extension.extension
    /// slices); null elsewhere, where relative urls are not judged against a list.</summary>
    private static FrozenSet<string>? SubExtensionUrls(ElementContext context, string path)
    {
        if (path != "Extension.extension" || context.Element.SliceName is not null || context.Structure.Type != "Extension"
            || context.Structure.Derivation != StructureDefinition.TypeDerivationRule.Constraint)
        {
            return null;
        }

        var urls = context.Snapshot
            .Where(e => e.Path == "Extension.extension.url" && e.ElementId is { } id && id.StartsWith("Extension.extension:", StringComparison.Ordinal)
                && id.IndexOf(':', "Extension.extension:".Length) < 0)
            .Select(e => e.Fixed switch { FhirUri uri => uri.Value, FhirUrl url => url.Value, _ => null })
            .OfType<string>()
            .ToFrozenSet(StringComparer.Ordinal);
        return urls.Count > 0 ? urls : null;
    }
}
