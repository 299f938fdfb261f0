using System.Text;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>
/// The resource path of the element an extension sits on, from the extension's expression: indices dropped and the
/// part before the current resource cut off ("Bundle.entry[0].resource.name[1].extension[0]" in a Patient gives
/// "Patient.name"). Used only for extensions on data types, whose definitions cannot say where they are.
/// </summary>
internal static class ExtensionHostPath
{
    private static readonly string[] ResourceBoundaries = [".resource", ".contained", ".outcome"];

    public static string? Of(string expression, Resource? resource)
    {
        var end = Math.Max(expression.LastIndexOf(".extension", StringComparison.Ordinal), expression.LastIndexOf(".modifierExtension", StringComparison.Ordinal));
        if (end <= 0 || resource is null)
        {
            return null;
        }

        var host = WithoutIndices(expression.AsSpan(0, end));
        var type = resource.TypeName;
        if (host == type || host.StartsWith(type + ".", StringComparison.Ordinal))
        {
            return host;
        }

        var cut = -1;
        foreach (var boundary in ResourceBoundaries)
        {
            var at = host.LastIndexOf(boundary + ".", StringComparison.Ordinal);
            cut = Math.Max(cut, at < 0 ? -1 : at + boundary.Length);
        }

        return cut < 0 ? null : type + host[cut..];
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

    private static string WithoutIndices(ReadOnlySpan<char> expression)
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
