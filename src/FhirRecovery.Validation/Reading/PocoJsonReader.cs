using System.Text.Json;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Reading;

/// <summary>
/// The fast path of <see cref="ResourceReader"/> for JSON: reads a body with one <see cref="Utf8JsonReader"/> pass
/// straight into the SDK's POCOs, driven by the SDK's model metadata (<see cref="PocoType"/>), and builds exactly
/// the POCOs the SDK's deserializer builds. It accepts only input it fully understands and that neither the SDK's
/// reader nor <see cref="JsonShapeCheck"/> has anything to say about: exact element names, each once, arrays
/// exactly for repeating elements, no null, no empty object, array or string, each primitive in its own JSON
/// type (a number that fits), primitive and '_' arrays of equal length, known resource types. On anything else it
/// declines, and the SDK's reader runs as before, so every finding on bad input stays what it was.
/// </summary>
internal static class PocoJsonReader
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Disallow };

    /// <summary>The resource, or null when the fast path declines the body.</summary>
    public static Resource? TryRead(ReadOnlySpan<byte> body) => TryRead(body, out _);

    public static Resource? TryRead(ReadOnlySpan<byte> body, out string? declined)
    {
        var state = default(PocoReadState);
        var reader = new Utf8JsonReader(body, Options);
        try
        {
            Resource? resource = null;
            var read = (reader.Read() && reader.TokenType == JsonTokenType.StartObject || state.Decline("The body is not a JSON object."))
                && TryReadResource(ref reader, ref state, out resource)
                && (!reader.Read() || state.Decline("Content follows the resource."));
            declined = read ? null : state.Declined;
            return read ? resource : null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Malformed JSON, depth over 64, comments, invalid UTF-8 in a string (JsonException,
            // InvalidOperationException): the SDK's reader reports them. Anything else would be a gap in the fast
            // path, never a reason to fail a request the SDK's reader can read.
            declined = e.Message;
            return null;
        }
        finally
        {
            PocoItemBuffer.Current.Clear();
        }
    }

    /// <summary>Reads the resource whose object the reader is at; ends on its EndObject.</summary>
    internal static bool TryReadResource(ref Utf8JsonReader reader, ref PocoReadState state, out Resource? resource)
    {
        resource = null;
        if (ResourceTypeOf(reader, ref state) is not { } type)
        {
            return false;
        }

        resource = (Resource)type.Mapping.CreateInstance();
        return TryReadObject(ref reader, type, resource, ref state);
    }

    /// <summary>Reads the elements of the object the reader is at into <paramref name="target"/>; ends on its EndObject.</summary>
    internal static bool TryReadObject(ref Utf8JsonReader reader, PocoType type, Base target, ref PocoReadState state)
    {
        Span<ulong> seen = stackalloc ulong[type.SeenWords];
        seen.Clear();
        var hasElement = false;
        var hasResourceType = false;
        PocoMember? previous = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped)
            {
                return state.Decline("A property name has an escape sequence.");
            }

            var name = reader.ValueSpan;
            if (type.IsResource && name.SequenceEqual("resourceType"u8))
            {
                if (hasResourceType)
                {
                    return state.Decline("resourceType appears twice.");
                }

                // Its value, a string naming this type, was read by ResourceTypeOf.
                hasResourceType = true;
                reader.Read();
                continue;
            }

            if (!type.TryFind(name, previous, out var member))
            {
                return state.Decline("An element name is not exactly one of the type's.");
            }

            previous = member;

            if (!Mark(seen, member.SeenBit))
            {
                return state.Decline("An element appears twice.");
            }

            hasElement = true;
            reader.Read();
            if (!PocoValueReader.TryRead(ref reader, target, member, member.SiblingBit >= 0 && IsMarked(seen, member.SiblingBit), ref state))
            {
                return false;
            }
        }

        return hasElement || state.Decline("An object has no elements.");
    }

    /// <summary>The type named by the resourceType of the object the reader is at, read on a copy of the reader
    /// (usually the first property; the SDK also finds it anywhere in the object).</summary>
    private static PocoType? ResourceTypeOf(Utf8JsonReader copy, ref PocoReadState state)
    {
        while (copy.Read() && copy.TokenType == JsonTokenType.PropertyName)
        {
            if (!copy.ValueIsEscaped && copy.ValueSpan.SequenceEqual("resourceType"u8))
            {
                copy.Read();
                var type = copy.TokenType == JsonTokenType.String && !copy.ValueIsEscaped ? PocoType.ForResource(copy.ValueSpan) : null;
                _ = type is null && state.Decline("The resourceType is not exactly a known resource type.");
                return type;
            }

            copy.Read();
            copy.Skip();
        }

        state.Decline("A resource has no resourceType.");
        return null;
    }

    private static bool Mark(Span<ulong> seen, int bit)
    {
        var mask = 1UL << (bit & 63);
        ref var word = ref seen[bit >> 6];
        if ((word & mask) != 0)
        {
            return false;
        }

        word |= mask;
        return true;
    }

    private static bool IsMarked(Span<ulong> seen, int bit) => (seen[bit >> 6] & (1UL << (bit & 63))) != 0;
}
