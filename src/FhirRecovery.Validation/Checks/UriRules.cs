using System.Text.RegularExpressions;

namespace FhirRecovery.Validation.Checks;

/// <summary>
/// What the reference validator checks in a uri beyond the R4 regex (which allows any non-blank text): an
/// OID or UUID given as a URN must be one (urn:oid:2.16.840.1, urn:uuid:&lt;8-4-4-4-12 hex&gt;), and an OID is
/// never written "oid:". A system or fullUrl that is not what it claims to be never matches anything.
/// </summary>
internal static partial class UriRules
{
    private static readonly System.Buffers.SearchValues<char> NotInUrls = System.Buffers.SearchValues.Create(" <>\"{}\\^`");

    /// <summary>The problem with the uri, url or canonical, or null when it has none of these problems.</summary>
    public static string? Problem(string typeName, string text)
    {
        // A canonical names a definition for everyone: absolute, unless a reference to a contained one (#id).
        if (typeName == "canonical" && !text.StartsWith('#') && (!AbsoluteUris.IsAbsolute(text) || text.StartsWith('/')))
        {
            return $"The canonical '{text}' must be an absolute URL (or a #fragment reference to a contained resource).";
        }

        if (typeName == "url" && text.AsSpan().IndexOfAny(NotInUrls) >= 0)
        {
            return $"The url '{text}' contains characters that are not allowed in URLs (spaces, <, >, quotes, braces...); escape them.";
        }

        if (text.StartsWith("oid:", StringComparison.Ordinal))
        {
            return $"The uri '{text}' starts with 'oid:'; an OID as a uri is written 'urn:oid:'.";
        }

        if (text.StartsWith("urn:oid:", StringComparison.Ordinal) && !Oid().IsMatch(text))
        {
            return $"The uri '{text}' is not a valid OID (urn:oid: followed by numbers separated by dots, such as urn:oid:2.16.840.1).";
        }

        if (text.StartsWith("urn:uuid:", StringComparison.Ordinal) && !Uuid().IsMatch(text))
        {
            return $"The uri '{text}' is not a valid UUID (urn:uuid: followed by 8-4-4-4-12 hexadecimal digits).";
        }

        return null;
    }

    [GeneratedRegex(@"^urn:oid:[0-2](\.(0|[1-9][0-9]*))+$", RegexOptions.CultureInvariant)]
    private static partial Regex Oid();

    [GeneratedRegex(@"^urn:uuid:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", RegexOptions.CultureInvariant)]
    private static partial Regex Uuid();
}
