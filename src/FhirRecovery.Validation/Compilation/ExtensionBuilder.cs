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
        checks.Add(new ExtensionCheck(hostPath, hostIsDataType, isModifier));
    }
}
