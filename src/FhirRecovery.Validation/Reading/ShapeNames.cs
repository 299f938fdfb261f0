using System.Collections.Concurrent;
using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Reading;

/// <summary>
/// JSON property names resolved per type, once: the SDK's lookups are case-insensitive and need a string, so the
/// shape check finds a name by its characters (no string per property) and learns here whether it is exact.
/// Only names that resolve to an element are kept, so hostile input cannot grow the cache.
/// </summary>
internal static class ShapeNames
{
    private static readonly ConcurrentDictionary<ClassMapping, ConcurrentDictionary<string, ShapeElement>> ByType = new();

    public static ShapeElement Find(ClassMapping mapping, ReadOnlySpan<char> name)
    {
        var names = ByType.GetOrAdd(mapping, static _ => new ConcurrentDictionary<string, ShapeElement>(StringComparer.Ordinal));
        if (names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var known))
        {
            return known;
        }

        var text = name.ToString();
        var resolved = Resolve(mapping, text);
        return resolved.Element is null ? resolved : names.GetOrAdd(text, resolved);
    }

    private static ShapeElement Resolve(ClassMapping mapping, string jsonName)
    {
        var element = mapping.FindMappedElementByName(jsonName) ?? mapping.FindMappedElementByChoiceName(jsonName);
        if (element is null)
        {
            return new ShapeElement(jsonName, null, false, null);
        }

        // A choice element's type is its name's suffix (valueQuantity: Quantity); others have one declared type.
        var isChoice = element.Choice == ChoiceType.DatatypeChoice && jsonName.Length > element.Name.Length;
        var child = isChoice
            ? ModelInfo.ModelInspector.FindClassMapping(jsonName[element.Name.Length..])
            : ModelInfo.ModelInspector.FindOrImportClassMapping(element.ImplementingType);
        return new ShapeElement(jsonName, element, IsExactName(element, jsonName, child), child);
    }

    private static bool IsExactName(PropertyMapping element, string jsonName, ClassMapping? child)
    {
        if (element.Choice != ChoiceType.DatatypeChoice || jsonName.Length == element.Name.Length)
        {
            return string.Equals(jsonName, element.Name, StringComparison.Ordinal);
        }

        // The suffix is the type's name with its first letter capitalised: valueString, valueCodeableConcept.
        return jsonName.StartsWith(element.Name, StringComparison.Ordinal) && child?.Name is { Length: > 0 } typeName
            && char.IsUpper(jsonName[element.Name.Length])
            && string.Equals(jsonName[(element.Name.Length + 1)..], typeName[1..], StringComparison.Ordinal);
    }
}
