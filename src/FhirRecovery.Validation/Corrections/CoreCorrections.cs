namespace FhirRecovery.Validation.Corrections;

/// <summary>
/// THE ONE PLACE for corrections to the R4 core definitions as published. Every serious validator patches
/// these; each entry says why. Nothing else in the engine special-cases a core definition.
/// </summary>
internal static class CoreCorrections
{
    /// <summary>The regex to use for a primitive type's value, given the published one.</summary>
    public static string? PrimitiveRegex(string type, string? published) => type switch
    {
        // xhtml is checked by the reader's narrative validation; it has no regex and needs none here.
        "xhtml" => null,
        // R4 publishes "[ \r\n\t\S]+" for string and markdown. Its intent is "not empty", but in a Unicode
        // regex engine like .NET's, \S excludes every Unicode space, so a name with a non-breaking space (common
        // in pasted text) would fail. Say exactly "not empty".
        "string" or "markdown" => "[\\s\\S]+",
        _ => published,
    };
}
