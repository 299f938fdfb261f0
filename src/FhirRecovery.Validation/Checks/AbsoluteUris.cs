using System.Collections.Concurrent;

namespace FhirRecovery.Validation.Checks;

/// <summary>
/// Whether a text parses as an absolute URI (<see cref="Uri.TryCreate(string, UriKind, out Uri)"/>), remembered
/// for the texts that recur in every instance (code system and identifier systems, profile canonicals): parsing
/// builds a Uri each time. The answer depends only on the text. Bounded, so that odd values sent by a client
/// cannot grow it without limit; past the bound, each text is parsed again.
/// </summary>
internal static class AbsoluteUris
{
    private const int MaxRemembered = 2048;
    private const int MaxRememberedLength = 256;

    private static readonly ConcurrentDictionary<string, bool> Remembered = new(StringComparer.Ordinal);

    public static bool IsAbsolute(string text)
    {
        if (Remembered.TryGetValue(text, out var known))
        {
            return known;
        }

        var absolute = Uri.TryCreate(text, UriKind.Absolute, out _);
        if (text.Length <= MaxRememberedLength && Remembered.Count < MaxRemembered)
        {
            Remembered.TryAdd(text, absolute);
        }

        return absolute;
    }
}
