using System.Collections;
using System.Text.Json;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Reading;

/// <summary>
/// Reads the JSON value of one property into its POCO, as the SDK's deserializer does: a primitive's value goes into
/// <see cref="PrimitiveType.JsonValue"/> as the SDK leaves it (string, bool, int, or decimal with the text's scale),
/// and the value part and '_' part of one primitive fill the same object, or the same list item by item.
/// </summary>
internal static class PocoValueReader
{
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;

    // Small integers are shared boxes (item scores, counts of days): a boxed int is never changed in place.
    private static readonly object[] SmallIntegers = Enumerable.Range(0, 101).Select(i => (object)i).ToArray();

    /// <summary>Reads the value the reader is at (its first token) into <paramref name="target"/>; ends on its last token.</summary>
    public static bool TryRead(ref Utf8JsonReader reader, Base target, PocoMember member, bool siblingRead, ref PocoReadState state)
    {
        if (member.IsCollection != (reader.TokenType == JsonTokenType.StartArray))
        {
            return state.Decline(member.IsCollection ? "A repeating element is not an array." : "A single element is an array.");
        }

        // The other part of the same primitive came first: fill the object (or list) it made.
        var existing = siblingRead && target.TryGetValue(member.ElementName, out var value) ? value : null;
        if (member.IsCollection)
        {
            return existing is null ? TryReadNewList(ref reader, target, member, ref state)
                : existing is IList list ? TryReadIntoList(ref reader, list, member, ref state)
                : state.Decline("A repeating element holds no list.");
        }

        if (existing is not null)
        {
            return existing.GetType() == member.ValueMapping.NativeType
                ? TryReadItem(ref reader, (Base)existing, member, ref state)
                : state.Decline("The value and '_' parts of a choice element name different types.");
        }

        if (TryReadNewItem(ref reader, member, ref state) is not { } item)
        {
            return false;
        }

        member.Set(target, item);
        return true;
    }

    private static bool TryReadNewList(ref Utf8JsonReader reader, Base target, PocoMember member, ref PocoReadState state)
    {
        var items = PocoItemBuffer.Current;
        var mark = items.Mark;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (TryReadNewItem(ref reader, member, ref state) is not { } item)
            {
                return false;
            }

            items.Push(item);
        }

        if (items.Mark == mark)
        {
            return state.Decline("An array is empty.");
        }

        member.Set(target, items.Pop(mark, member));
        return true;
    }

    private static bool TryReadIntoList(ref Utf8JsonReader reader, IList list, PocoMember member, ref PocoReadState state)
    {
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (index >= list.Count || list[index] is not Base item || !TryReadItem(ref reader, item, member, ref state))
            {
                return state.Decline("A primitive array and its '_' array differ in length.");
            }

            index++;
        }

        return index == list.Count || state.Decline("A primitive array and its '_' array differ in length.");
    }

    private static Base? TryReadNewItem(ref Utf8JsonReader reader, PocoMember member, ref PocoReadState state)
    {
        if (member.Kind == PocoMemberKind.Resource)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                state.Decline("A resource is not a JSON object.");
                return null;
            }

            return PocoJsonReader.TryReadResource(ref reader, ref state, out var resource)
                && (member.ImplementingType.IsInstanceOfType(resource) || state.Decline("A resource is not of the element's type."))
                ? resource
                : null;
        }

        var item = member.CreateValue();
        return TryReadItem(ref reader, item, member, ref state) ? item : null;
    }

    private static bool TryReadItem(ref Utf8JsonReader reader, Base item, PocoMember member, ref PocoReadState state)
    {
        if (member.Kind == PocoMemberKind.PrimitiveValue)
        {
            return PrimitiveValue(ref reader, member) is { } value
                ? Set((PrimitiveType)item, value)
                : state.Decline("A primitive value is null, empty or not of its JSON type.");
        }

        return reader.TokenType == JsonTokenType.StartObject
            ? PocoJsonReader.TryReadObject(ref reader, member.ValueType, item, ref state)
            : state.Decline("An element that takes an object has another JSON value.");
    }

    private static bool Set(PrimitiveType primitive, object value)
    {
        primitive.JsonValue = value;
        return true;
    }

    /// <summary>The value the SDK stores for the token (see BaseFhirJsonDeserializer.readPrimitiveValue), or null
    /// when the token is not the primitive's own JSON type, or is an empty string.</summary>
    private static object? PrimitiveValue(ref Utf8JsonReader reader, PocoMember member) => (member.PrimitiveKind, reader.TokenType) switch
    {
        (PrimitiveJsonKind.String, JsonTokenType.String) => reader.ValueSpan.IsEmpty ? null
            : member.IsSharedText ? SharedText.Get(ref reader) : reader.GetString(),
        (PrimitiveJsonKind.Boolean, JsonTokenType.True) => BoxedTrue,
        (PrimitiveJsonKind.Boolean, JsonTokenType.False) => BoxedFalse,
        (PrimitiveJsonKind.Decimal, JsonTokenType.Number) => reader.TryGetDecimal(out var number) ? number : null,
        (PrimitiveJsonKind.Integer, JsonTokenType.Number) => reader.TryGetInt32(out var integer) ? BoxedInt(integer) : null,
        _ => null,
    };

    private static object BoxedInt(int value) => (uint)value < (uint)SmallIntegers.Length ? SmallIntegers[value] : value;
}
