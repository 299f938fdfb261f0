namespace FhirRecovery.Validation.Checks;

/// <summary>
/// The most common primitive regexes (string, markdown, code, id, uri), answered by a loop over the characters
/// instead of the regex engine: every string, code and uri of every instance is checked, and these few patterns
/// are simple enough to say exactly in code. Used only when the pattern is exactly one of these (as published, or
/// as <see cref="Corrections.CoreCorrections"/> gives it); any other pattern runs as a regex. Each predicate is
/// tested to agree with its regex (anchored as <see cref="Compilation.PrimitiveFormatBuilder"/> anchors it).
/// </summary>
internal static class PrimitivePatterns
{
    private const int MaxIdLength = 64;

    /// <summary>The predicate that matches exactly what the anchored pattern matches, or null for other patterns.</summary>
    public static Func<string, bool>? For(string pattern) => pattern switch
    {
        "[\\s\\S]+" => static text => text.Length > 0,
        "[^\\s]+(\\s[^\\s]+)*" => IsCode,
        "[A-Za-z0-9\\-\\.]{1,64}" => IsId,
        "\\S*" => static text => !text.AsSpan().ContainsAny(WhiteSpace.Chars),
        _ => null,
    };

    /// <summary>Non-whitespace runs separated by single whitespace characters.</summary>
    private static bool IsCode(string text)
    {
        if (text.Length == 0 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && char.IsWhiteSpace(text[i - 1]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsId(string text)
    {
        if (text.Length is 0 or > MaxIdLength)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The characters .NET's regex \s matches: [\f\n\r\t\v\x85\p{Z}], which is char.IsWhiteSpace.</summary>
    private static class WhiteSpace
    {
        public static readonly System.Buffers.SearchValues<char> Chars =
            System.Buffers.SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(char.IsWhiteSpace)]);
    }
}
