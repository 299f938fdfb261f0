namespace FhirRecovery.Validation.Running;

/// <summary>
/// A RESTful reference, "[http[s]://base/]Type/id[/_history/vid]", matched by hand: references and fullUrls are
/// parsed for every Reference and every Bundle entry, and a regex Match with named groups allocates about half a
/// KB each time. Same language and the same answer as the regex it replaces (tested against it):
/// <c>^(?&lt;base&gt;https?://[^\s]+?/)?(?&lt;type&gt;[A-Z][A-Za-z]+)/(?&lt;id&gt;[A-Za-z0-9\-\.]{1,64})(/_history/[A-Za-z0-9\-\.]{1,64})?\z</c>
/// (the shortest base after which the rest matches).
/// </summary>
internal readonly record struct RestReference(bool HasBase, string Type, string Id)
{
    private const int MaxIdLength = 64;
    private const string History = "/_history/";

    public static bool TryMatch(string text, out RestReference match)
    {
        var schemeEnd = text.StartsWith("https://", StringComparison.Ordinal) ? 8 : text.StartsWith("http://", StringComparison.Ordinal) ? 7 : -1;
        if (schemeEnd > 0)
        {
            // The base is at least one character after the scheme, without whitespace, and ends with '/'.
            for (var slash = schemeEnd + 1; slash < text.Length; slash++)
            {
                if (char.IsWhiteSpace(text[slash - 1]))
                {
                    break;
                }

                if (text[slash] == '/' && TryMatchPath(text, slash + 1, out var type, out var id))
                {
                    match = new RestReference(true, type, id);
                    return true;
                }
            }
        }

        if (TryMatchPath(text, 0, out var relativeType, out var relativeId))
        {
            match = new RestReference(false, relativeType, relativeId);
            return true;
        }

        match = default;
        return false;
    }

    /// <summary>"Type/id" or "Type/id/_history/vid" from <paramref name="start"/> to the end of the text.</summary>
    private static bool TryMatchPath(string text, int start, out string type, out string id)
    {
        type = id = "";
        var position = start;
        if (position >= text.Length || !char.IsAsciiLetterUpper(text[position]))
        {
            return false;
        }

        while (position < text.Length && char.IsAsciiLetter(text[position]))
        {
            position++;
        }

        var typeEnd = position;
        if (typeEnd - start < 2 || position >= text.Length || text[position] != '/')
        {
            return false;
        }

        var idStart = ++position;
        var idEnd = IdEnd(text, idStart);
        if (idEnd < 0)
        {
            return false;
        }

        if (idEnd != text.Length && !(text.AsSpan(idEnd).StartsWith(History, StringComparison.Ordinal) && IdEnd(text, idEnd + History.Length) == text.Length))
        {
            return false;
        }

        type = text[start..typeEnd];
        id = text[idStart..idEnd];
        return true;
    }

    /// <summary>The end of 1 to 64 id characters from <paramref name="start"/>, or -1 when there are none or too many.</summary>
    private static int IdEnd(string text, int start)
    {
        var position = start;
        while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] is '-' or '.'))
        {
            position++;
        }

        var length = position - start;
        return length is >= 1 and <= MaxIdLength ? position : -1;
    }
}
