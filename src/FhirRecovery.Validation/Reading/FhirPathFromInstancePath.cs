using System.Collections;
using System.Text;
using Hl7.Fhir.Introspection;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Reading;

/// <summary>
/// The SDK's reader names a choice element without its type ("Observation.value.value"); senders and the
/// reference validators expect the FHIRPath with the type ("Observation.valueQuantity.value"). Walks the
/// resource as read to add the type suffixes. Only used on the error path.
/// </summary>
internal static class FhirPathFromInstancePath
{
    public static string Translate(Resource resource, string? instancePath)
    {
        if (string.IsNullOrEmpty(instancePath) || instancePath == "$this")
        {
            return resource.TypeName;
        }

        var segments = instancePath.Split('.');
        // The SDK roots some paths at "$this" ("$this.status"); an expression is always rooted at the resource type.
        var result = new StringBuilder(resource.TypeName);
        Base? current = resource;
        for (var i = 1; i < segments.Length; i++)
        {
            var (name, index) = Split(segments[i]);
            var next = current is null ? null : Step(current, name, index);
            var isChoice = current is not null && next is not null && IsChoice(current, name);
            result.Append('.').Append(isChoice ? name + Capitalize(next!.TypeName) : name);
            if (index is { } position)
            {
                result.Append('[').Append(position).Append(']');
            }

            current = next;
        }

        return result.ToString();
    }

    private static (string Name, int? Index) Split(string segment)
    {
        var open = segment.IndexOf('[', StringComparison.Ordinal);
        return open > 0 && segment.EndsWith(']') && int.TryParse(segment.AsSpan(open + 1, segment.Length - open - 2), out var index)
            ? (segment[..open], index)
            : (segment, null);
    }

    private static Base? Step(Base current, string name, int? index)
    {
        if (!current.TryGetValue(name, out var value))
        {
            return null;
        }

        return value switch
        {
            IList list when index is { } i && i < list.Count => list[i] as Base,
            IList => null,
            Base single => single,
            _ => null,
        };
    }

    private static bool IsChoice(Base parent, string name) =>
        ModelInfo.ModelInspector.FindOrImportClassMapping(parent.GetType())?.FindMappedElementByName(name)?.Choice
            is ChoiceType.DatatypeChoice;

    private static string Capitalize(string typeName) =>
        typeName.Length == 0 ? typeName : char.ToUpperInvariant(typeName[0]) + typeName[1..];
}
