using System.Collections;
using System.Text;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>
/// Where an extension sits, from its expression and the current resource: the host's resource path with indices
/// dropped ("Bundle.entry[0].resource.name[1].extension[0]" in a Patient gives "Patient.name"), and the host element
/// itself, found by following the expression from the resource. Used for extension contexts only, on the error
/// path of data-type hosts and for extensions whose definitions need the host (extension and FHIRPath contexts,
/// context invariants).
/// </summary>
internal static class ExtensionHostPath
{
    public static string? Of(string expression, Resource? resource) =>
        resource is not null && Relative(expression, resource) is { } relative ? resource.TypeName + WithoutIndices(relative) : null;

    /// <summary>The element the extension sits on and that element's parent (null when not found).</summary>
    public static (Base? Host, Base? Parent) Host(string expression, Resource? resource)
    {
        if (resource is null || Relative(expression, resource) is not { } relative)
        {
            return (null, null);
        }

        Base? current = resource;
        Base? parent = null;
        foreach (var segment in relative.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            parent = current;
            current = current is null ? null : Step(current, segment);
        }

        return (current, parent);
    }

    /// <summary>The host's expression after the resource root, with indices (".name[1]"), or null.</summary>
    private static string? Relative(string expression, Resource resource)
    {
        var end = Math.Max(expression.LastIndexOf(".extension", StringComparison.Ordinal), expression.LastIndexOf(".modifierExtension", StringComparison.Ordinal));
        if (end <= 0)
        {
            return null;
        }

        var host = expression[..end];
        var type = resource.TypeName;
        if (host == type || host.StartsWith(type + ".", StringComparison.Ordinal))
        {
            return host[type.Length..];
        }

        // A nested resource: cut after the last ".resource", ".outcome" or ".contained[n]" that is followed by more path.
        var cut = Math.Max(After(host, ".resource."), After(host, ".outcome."));
        var contained = host.LastIndexOf(".contained[", StringComparison.Ordinal);
        if (contained >= 0 && host.IndexOf("].", contained, StringComparison.Ordinal) is var close and > 0)
        {
            cut = Math.Max(cut, close + 1);
        }

        return cut < 0 ? null : host[cut..];
    }

    private static int After(string host, string boundary)
    {
        var at = host.LastIndexOf(boundary, StringComparison.Ordinal);
        return at < 0 ? -1 : at + boundary.Length - 1;
    }

    private static Base? Step(Base current, string segment)
    {
        var open = segment.IndexOf('[', StringComparison.Ordinal);
        var name = open < 0 ? segment : segment[..open];
        var index = open < 0 ? 0 : int.TryParse(segment.AsSpan(open + 1, segment.Length - open - 2), out var i) ? i : -1;
        if (!current.TryGetValue(name, out var value))
        {
            // A choice element ("valueBoolean") is the element "value" holding a boolean.
            foreach (var (elementName, element) in current.EnumerateElements())
            {
                if (element is Base choice && name.Length > elementName.Length && name.StartsWith(elementName, StringComparison.Ordinal)
                    && name.AsSpan(elementName.Length).Equals(choice.TypeName, StringComparison.OrdinalIgnoreCase))
                {
                    return choice;
                }
            }

            return null;
        }

        return value switch
        {
            IList list => index >= 0 && index < list.Count ? list[index] as Base : null,
            Base single => single,
            _ => null,
        };
    }

    /// <summary>"DomainResource.text" / "Resource.meta" read on the instance's resource type ("Patient.text").</summary>
    public static string OnResourceType(string context, string instancePath)
    {
        var dot = instancePath.IndexOf('.');
        var type = dot > 0 ? instancePath[..dot] : instancePath;
        return type.Length == 0 ? context
            : context.StartsWith("DomainResource.", StringComparison.Ordinal) ? type + context["DomainResource".Length..]
            : context.StartsWith("Resource.", StringComparison.Ordinal) ? type + context["Resource".Length..]
            : context;
    }

    /// <summary>A path context can be judged when it starts with the resource type the path starts with.</summary>
    public static bool CanJudge(string context, string instancePath) =>
        instancePath.Length > 0 && context.StartsWith(instancePath[..(instancePath.IndexOf('.') is var dot and > 0 ? dot : instancePath.Length)] + ".", StringComparison.Ordinal);

    /// <summary>Segment by segment, a "[x]" segment matching any type suffix ("value[x]" matches "valueQuantity").</summary>
    public static bool Matches(string context, string instancePath)
    {
        var expected = context.Split('.');
        var actual = instancePath.Split('.');
        if (expected.Length != actual.Length)
        {
            return false;
        }

        for (var i = 0; i < expected.Length; i++)
        {
            var segment = expected[i];
            var matches = segment.EndsWith("[x]", StringComparison.Ordinal)
                ? actual[i].StartsWith(segment[..^3], StringComparison.Ordinal) && actual[i].Length > segment.Length - 3
                : actual[i] == segment;
            if (!matches)
            {
                return false;
            }
        }

        return true;
    }

    private static string WithoutIndices(string expression)
    {
        var result = new StringBuilder(expression.Length);
        var inIndex = false;
        foreach (var c in expression)
        {
            if (c == '[')
            {
                inIndex = true;
            }
            else if (c == ']')
            {
                inIndex = false;
            }
            else if (!inIndex)
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
