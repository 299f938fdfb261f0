using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.FhirPath;

/// <summary>FHIRPath value semantics for the native evaluator: system values of primitives, equality,
/// ordering and singleton evaluation to a boolean. Anything else falls back to the SDK.</summary>
internal static class NativeValues
{
    // count() and length() of small collections and strings, boxed once instead of once per call.
    private static readonly object[] SmallNumbers = [.. Enumerable.Range(0, 64).Select(i => (object)(decimal)i)];

    /// <summary>A number as a collection item, boxed once for small whole numbers.</summary>
    public static NativeCollection Number(int value) =>
        NativeCollection.Of((uint)value < (uint)SmallNumbers.Length ? SmallNumbers[value] : (decimal)value);

    /// <summary>The system value of an item: string, bool, decimal for numbers; a complex value stays as is.</summary>
    public static SystemValue System(object item)
    {
        // Primitives first and by their value's kind: this runs for every operand of every comparison, and a chain
        // of class tests before the common case (a string or number) was a measurable share of an invariant's time.
        if (item is PrimitiveType primitive)
        {
            return primitive.JsonValue switch
            {
                string s => primitive is Date or FhirDateTime or Instant or Time ? throw new NativeFallbackException("dates and times") : SystemValue.Of(s),
                bool b => SystemValue.Of(b),
                int i => SystemValue.Of(i),
                long l => SystemValue.Of(l),
                decimal d => SystemValue.Of(d),
                null => throw new NativeFallbackException(primitive is Date or FhirDateTime or Instant or Time ? "dates and times" : "primitive without value"),
                _ => throw new NativeFallbackException("unsupported primitive"),
            };
        }

        return item switch
        {
            string s => SystemValue.Of(s),
            bool b => SystemValue.Of(b),
            decimal d => SystemValue.Of(d),
            int i => SystemValue.Of(i),
            long l => SystemValue.Of(l),
            _ => SystemValue.OfComplex(item),
        };
    }

    /// <summary>Singleton evaluation to a boolean: null when empty.</summary>
    public static bool? AsBoolean(NativeCollection items)
    {
        if (items.Count == 0)
        {
            return null;
        }

        if (items.Count > 1)
        {
            throw new NativeFallbackException("boolean of a collection");
        }

        var value = System(items[0]);
        // A single non-boolean item counts as true in a boolean context.
        return value.Kind != SystemValueKind.Boolean || value.Boolean;
    }

    public static bool? AreEqual(NativeCollection left, NativeCollection right)
    {
        if (left.Count == 0 || right.Count == 0)
        {
            return null;
        }

        if (left.Count != right.Count)
        {
            return false;
        }

        for (var i = 0; i < left.Count; i++)
        {
            var a = System(left[i]);
            var b = System(right[i]);
            if (a.Kind == SystemValueKind.Complex || b.Kind == SystemValueKind.Complex)
            {
                throw new NativeFallbackException("equality of complex values");
            }

            var equal = a.Kind == b.Kind && a.Kind switch
            {
                SystemValueKind.String => string.Equals(a.Text, b.Text, StringComparison.Ordinal),
                SystemValueKind.Decimal => a.Number == b.Number,
                _ => a.Boolean == b.Boolean,
            };
            if (!equal)
            {
                return false;
            }
        }

        return true;
    }

    public static int? Compare(NativeCollection left, NativeCollection right)
    {
        if (left.Count == 0 || right.Count == 0)
        {
            return null;
        }

        if (left.Count > 1 || right.Count > 1)
        {
            throw new NativeFallbackException("comparison of collections");
        }

        if (NativeTemporal.IsTemporal(left[0]) || NativeTemporal.IsTemporal(right[0]))
        {
            return NativeTemporal.Compare(left[0], right[0]);
        }

        var a = System(left[0]);
        var b = System(right[0]);
        if (a.Kind == SystemValueKind.Decimal && b.Kind == SystemValueKind.Decimal)
        {
            return a.Number.CompareTo(b.Number);
        }

        if (a.Kind == SystemValueKind.String && b.Kind == SystemValueKind.String && left[0] is string or FhirString && right[0] is string or FhirString)
        {
            return Math.Sign(string.CompareOrdinal(a.Text, b.Text));
        }

        throw new NativeFallbackException("comparison of other types (dates, quantities)");
    }

    public static string SingleString(NativeCollection items) =>
        items.Count == 1 && System(items[0]) is { Kind: SystemValueKind.String, Text: { } s } ? s : throw new NativeFallbackException("not a single string");
}
