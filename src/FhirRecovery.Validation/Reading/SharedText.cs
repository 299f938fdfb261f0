using System.Text;
using System.Text.Json;

namespace FhirRecovery.Validation.Reading;

/// <summary>
/// Reuses the string of a code or URI value seen recently on this thread instead of making a new one: code systems,
/// profiles and codes repeat within a resource (one system for every coding of a panel) and from one request to
/// the next. A small direct-mapped table per thread, keyed by the hash of the value's UTF-8 bytes: bounded, no
/// locks, nothing to evict. Only codes, canonicals and system URIs go in (<see cref="PocoMember.IsSharedText"/>),
/// never free text, names, identifiers or locators.
/// </summary>
internal static class SharedText
{
    private const int Slots = 128;
    private const int MaxLength = 256;

    [ThreadStatic]
    private static string?[]? t_slots;

    /// <summary>The string value of the String token the reader is at (not escaped, not empty).</summary>
    public static string Get(ref Utf8JsonReader reader)
    {
        var utf8 = reader.ValueSpan;
        if (reader.ValueIsEscaped || utf8.Length > MaxLength)
        {
            return reader.GetString()!;
        }

        var slots = t_slots ??= new string?[Slots];
        var hash = new HashCode();
        hash.AddBytes(utf8);
        ref var slot = ref slots[hash.ToHashCode() & (Slots - 1)];
        if (slot is { } known && Ascii.Equals(utf8, known))
        {
            return known;
        }

        var text = reader.GetString()!;
        if (Ascii.IsValid(utf8))
        {
            slot = text;
        }

        return text;
    }
}
