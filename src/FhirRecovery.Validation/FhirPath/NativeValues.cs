using System.Globalization;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.FhirPath;

/// <summary>FHIRPath value semantics for the native evaluator: system values of primitives, equality,
/// ordering and singleton evaluation to a boolean. Anything else falls back to the SDK.</summary>
internal static class NativeValues
{
    public static readonly IReadOnlyList<object> Empty = [];
    public static readonly IReadOnlyList<object> True = [true];
    public static readonly IReadOnlyList<object> False = [false];

    public static IReadOnlyList<object> Bool(bool value) => value ? True : False;

    /// <summary>The system value of an item: string, bool, decimal for numbers; a complex value stays as is.</summary>
    public static object System(object item) => item switch
    {
        Date or FhirDateTime or Instant or Time => throw new NativeFallbackException("dates and times"),
        PrimitiveType primitive => primitive.JsonValue switch
        {
            string s => s,
            bool b => b,
            int i => (decimal)i,
            long l => (decimal)l,
            decimal d => d,
            null => throw new NativeFallbackException("primitive without value"),
            _ => throw new NativeFallbackException("unsupported primitive"),
        },
        int i => (decimal)i,
        long l => (decimal)l,
        _ => item,
    };

    /// <summary>Singleton evaluation to a boolean: null when empty.</summary>
    public static bool? AsBoolean(IReadOnlyList<object> items)
    {
        if (items.Count == 0)
        {
            return null;
        }

        if (items.Count > 1)
        {
            throw new NativeFallbackException("boolean of a collection");
        }

        return System(items[0]) switch
        {
            bool b => b,
            _ => true, // a single non-boolean item counts as true in a boolean context
        };
    }

    public static bool? AreEqual(IReadOnlyList<object> left, IReadOnlyList<object> right)
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
            var equal = (a, b) switch
            {
                (string x, string y) => string.Equals(x, y, StringComparison.Ordinal),
                (decimal x, decimal y) => x == y,
                (bool x, bool y) => x == y,
                (string or decimal or bool, string or decimal or bool) => false,
                _ => throw new NativeFallbackException("equality of complex values"),
            };
            if (!equal)
            {
                return false;
            }
        }

        return true;
    }

    public static int? Compare(IReadOnlyList<object> left, IReadOnlyList<object> right)
    {
        if (left.Count == 0 || right.Count == 0)
        {
            return null;
        }

        if (left.Count > 1 || right.Count > 1)
        {
            throw new NativeFallbackException("comparison of collections");
        }

        return (System(left[0]), System(right[0])) switch
        {
            (decimal x, decimal y) => x.CompareTo(y),
            (string x, string y) when left[0] is string or FhirString && right[0] is string or FhirString => Math.Sign(string.CompareOrdinal(x, y)),
            _ => throw new NativeFallbackException("comparison of other types (dates, quantities)"),
        };
    }

    public static string SingleString(IReadOnlyList<object> items) =>
        items.Count == 1 && System(items[0]) is string s ? s : throw new NativeFallbackException("not a single string");

    public static string Text(object value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
