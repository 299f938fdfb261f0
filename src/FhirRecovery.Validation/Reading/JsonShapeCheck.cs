using System.Text.Json;
using FhirRecovery.Validation.Outcome;
using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Reading;

/// <summary>
/// Checks that each element's JSON shape matches whether it repeats: an array only for a repeating element (also
/// for a primitive's <c>_x</c> part). The SDK's deserializer reads either shape silently; only its attribute
/// validator, which the reader turns off for speed, reported the mismatch.
/// </summary>
internal static class JsonShapeCheck
{
    public static List<Finding> Check(ReadOnlySpan<byte> body)
    {
        var findings = new List<Finding>();
        var reader = new Utf8JsonReader(body);
        using var document = JsonDocument.ParseValue(ref reader);
        CheckResource(document.RootElement, null, findings);
        return findings;
    }

    private static void CheckResource(JsonElement resource, string? path, List<Finding> findings)
    {
        if (!resource.TryGetProperty("resourceType", out var type) || type.ValueKind != JsonValueKind.String)
        {
            return;
        }

        var mapping = ModelInfo.ModelInspector.FindClassMapping(type.GetString()!);
        if (mapping is not null)
        {
            CheckObject(resource, mapping, path ?? mapping.Name, findings);
        }
    }

    private static void CheckObject(JsonElement json, ClassMapping mapping, string path, List<Finding> findings)
    {
        foreach (var property in json.EnumerateObject())
        {
            var isExtensionPart = property.Name.StartsWith('_');
            var name = isExtensionPart ? property.Name[1..] : property.Name;
            var element = mapping.FindMappedElementByName(name) ?? mapping.FindMappedElementByChoiceName(name);
            if (element is null || name == "resourceType")
            {
                continue;
            }

            var elementPath = path + "." + name;
            if (!IsExactName(element, name))
            {
                // The SDK binds names case-insensitively ('valuestring' to valueString); FHIR names are case-sensitive.
                findings.Add(new Finding(OperationOutcome.IssueSeverity.Error, ReaderIssueCodes.UnknownElement,
                    $"Unknown element '{property.Name}': element names are case-sensitive, and {mapping.Name} has no element of exactly that name.", elementPath));
                continue;
            }

            var value = property.Value;
            if (element.IsCollection && value.ValueKind is JsonValueKind.Object or JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
            {
                findings.Add(Error(elementPath, $"The element '{property.Name}' repeats, so its JSON value must be an array."));
            }
            else if (!element.IsCollection && value.ValueKind == JsonValueKind.Array)
            {
                findings.Add(Error(elementPath, $"The element '{property.Name}' does not repeat, so its JSON value must not be an array."));
            }

            if (!isExtensionPart)
            {
                CheckChildren(value, ChildMapping(element, name), elementPath, findings, typeof(PrimitiveType).IsAssignableFrom(element.ImplementingType));
            }
        }
    }

    private static void CheckChildren(JsonElement value, ClassMapping? mapping, string path, List<Finding> findings, bool isPrimitive)
    {
        if (value.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.Null && !isPrimitive)
                {
                    // Only a primitive's value and _x arrays use null, to keep the two aligned.
                    findings.Add(Error($"{path}[{index}]", "null is not allowed in this array: only the arrays of a primitive element and its '_' part use null, to keep them aligned."));
                }

                CheckChild(item, mapping, $"{path}[{index++}]", findings);
            }
        }
        else
        {
            CheckChild(value, mapping, path, findings);
        }
    }

    private static void CheckChild(JsonElement value, ClassMapping? mapping, string path, List<Finding> findings)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (value.TryGetProperty("resourceType", out _))
        {
            CheckResource(value, path, findings);
        }
        else if (mapping is { IsAbstract: not true, IsPrimitive: not true })
        {
            CheckObject(value, mapping, path, findings);
        }
    }

    private static bool IsExactName(PropertyMapping element, string jsonName)
    {
        if (element.Choice != ChoiceType.DatatypeChoice || jsonName.Length == element.Name.Length)
        {
            return string.Equals(jsonName, element.Name, StringComparison.Ordinal);
        }

        if (!jsonName.StartsWith(element.Name, StringComparison.Ordinal))
        {
            return false;
        }

        // The suffix is the type's name with its first letter capitalised: valueString, valueCodeableConcept.
        var typeName = ModelInfo.ModelInspector.FindClassMapping(jsonName[element.Name.Length..])?.Name;
        return typeName is { Length: > 0 } && char.IsUpper(jsonName[element.Name.Length])
            && string.Equals(jsonName[(element.Name.Length + 1)..], typeName[1..], StringComparison.Ordinal);
    }

    // A choice element's type is its name's suffix (valueQuantity: Quantity); others have one declared type.
    private static ClassMapping? ChildMapping(PropertyMapping element, string jsonName) =>
        element.Choice == ChoiceType.DatatypeChoice && jsonName.Length > element.Name.Length
            ? ModelInfo.ModelInspector.FindClassMapping(jsonName[element.Name.Length..])
            : ModelInfo.ModelInspector.FindOrImportClassMapping(element.ImplementingType);

    private static Finding Error(string expression, string message) =>
        new(OperationOutcome.IssueSeverity.Error, OperationOutcome.IssueType.Structure, message, expression);
}
