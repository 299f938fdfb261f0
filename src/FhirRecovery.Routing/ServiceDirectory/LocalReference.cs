using Hl7.Fhir.Model;

namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>Reads relative literal references (<c>Type/id</c>), the only kind the directory uses between its own resources.</summary>
internal static class LocalReference
{
    /// <summary>The id when <paramref name="reference"/> is <c>expectedType/id</c>; otherwise null.</summary>
    public static string? IdOf(ResourceReference? reference, string expectedType)
    {
        var parsed = Parse(reference?.Reference);
        return parsed is { } p && p.Type == expectedType ? p.Id : null;
    }

    /// <summary>Splits <c>Type/id</c>; null for absolute, contained or malformed references.</summary>
    public static (string Type, string Id)? Parse(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }

        var parts = reference.Split('/');
        return parts.Length == 2 && parts[0].Length > 0 && parts[1].Length > 0 && char.IsUpper(parts[0][0])
            ? (parts[0], parts[1])
            : null;
    }
}
