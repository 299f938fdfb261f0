using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks.Questionnaires;

/// <summary>Compares an answer with an enableWhen answer for one operator (=, !=, &gt;, &lt;, &gt;=, &lt;=). Values of
/// different types, and orderings a type does not have, are unknown (the Java validator fails on them).</summary>
internal static class AnswerComparison
{
    public static Tristate Compare(DataType actual, DataType expected, string op)
    {
        if (actual.TypeName != expected.TypeName)
        {
            return Tristate.Unknown;
        }

        int? order = (actual, expected) switch
        {
            (Coding a, Coding e) => SameCoding(a, e) ? 0 : null,
            (FhirBoolean { Value: { } a }, FhirBoolean { Value: { } e }) => a.CompareTo(e),
            (Integer { Value: { } a }, Integer { Value: { } e }) => a.CompareTo(e),
            (FhirDecimal { Value: { } a }, FhirDecimal { Value: { } e }) => a.CompareTo(e),
            (Quantity { Value: { } a }, Quantity { Value: { } e }) => a.CompareTo(e),
            (PrimitiveType { JsonValue: string a }, PrimitiveType { JsonValue: string e }) when SameShape(actual, a, e) => string.CompareOrdinal(a, e),
            _ => int.MinValue,
        };
        if (order == int.MinValue)
        {
            return Tristate.Unknown;
        }

        if (actual is Coding)
        {
            // Codings are only equal or not.
            return op switch
            {
                "=" => order == 0 ? Tristate.True : Tristate.False,
                "!=" => order == 0 ? Tristate.False : Tristate.True,
                _ => Tristate.Unknown,
            };
        }

        var result = order!.Value;
        return op switch
        {
            "=" => Of(result == 0),
            "!=" => Of(result != 0),
            ">" => Of(result > 0),
            "<" => Of(result < 0),
            ">=" => Of(result >= 0),
            "<=" => Of(result <= 0),
            _ => Tristate.Unknown,
        };
    }

    /// <summary>Strings and times compare as text; dates and dateTimes only when written to the same precision
    /// without time zones (then the text order is the time order).</summary>
    private static bool SameShape(DataType type, string a, string e) => type switch
    {
        Date or FhirDateTime => a.Length == e.Length && a.Length <= 10,
        FhirString or Time or Code or FhirUri => true,
        _ => false,
    };

    private static bool SameCoding(Coding actual, Coding expected)
    {
        if (expected.System is not null && expected.System != actual.System)
        {
            return false;
        }

        return (expected.Code is null) == (actual.Code is null) && (expected.Code is null || expected.Code == actual.Code);
    }

    private static Tristate Of(bool value) => value ? Tristate.True : Tristate.False;
}
