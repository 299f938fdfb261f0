using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Reading;

/// <summary>One open XML element while <see cref="XmlNumberForms"/> scans: its type (from the SDK's class mappings;
/// null when unknown), its FHIRPath expression, and the previous child's name and index (FHIR XML writes the items
/// of a list next to each other, so counting runs of the same name gives the index).</summary>
internal sealed class XmlFrame(ClassMapping? type, string expression, bool holdsResource)
{
    private string? _lastChild;
    private int _lastIndex;

    public ClassMapping? Type { get; } = type;

    public string Expression { get; } = expression;

    public static XmlFrame Root(string resourceType) =>
        new(ModelInfo.ModelInspector.FindClassMapping(resourceType), resourceType, holdsResource: false);

    public XmlFrame Child(string name)
    {
        var index = name == _lastChild ? _lastIndex + 1 : 0;
        (_lastChild, _lastIndex) = (name, index);
        if (holdsResource)
        {
            // <contained><Patient>: the resource element names the type and adds nothing to the path.
            return new XmlFrame(ModelInfo.ModelInspector.FindClassMapping(name), Expression, holdsResource: false);
        }

        var property = Type?.FindMappedElementByChoiceName(name) ?? Type?.FindMappedElementByName(name);
        if (property is null)
        {
            return new XmlFrame(null, Expression + "." + name, holdsResource: false);
        }

        var childType = property.Choice == ChoiceType.DatatypeChoice && name.Length > property.Name.Length
            ? ChoiceTypeMapping(name[property.Name.Length..])
            : ModelInfo.ModelInspector.FindOrImportClassMapping(property.ImplementingType);
        var expression = Expression + "." + name + (property.IsCollection ? $"[{index}]" : "");
        return new XmlFrame(childType, expression, holdsResource: childType is { IsResource: true } || property.Choice == ChoiceType.ResourceChoice);
    }

    private static ClassMapping? ChoiceTypeMapping(string suffix) =>
        ModelInfo.ModelInspector.FindClassMapping(suffix) ?? ModelInfo.ModelInspector.FindClassMapping(char.ToLowerInvariant(suffix[0]) + suffix[1..]);
}
