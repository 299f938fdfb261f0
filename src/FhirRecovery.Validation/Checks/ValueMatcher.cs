using System.Collections;
using System.Globalization;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>
/// FHIR's two ways of comparing an instance with a value from a profile. Fixed: exactly equal, nothing more
/// and nothing less. Pattern: every element of the pattern is present with the same value; a repeating
/// element matches when each pattern item is found among the instance's items (containment, any order).
/// </summary>
internal static class ValueMatcher
{
    public static bool Matches(Base instance, Base expected, bool exact)
    {
        if (expected is PrimitiveType expectedPrimitive)
        {
            if (instance is not PrimitiveType instancePrimitive
                || (expectedPrimitive.JsonValue is not null && !SameValue(instancePrimitive.JsonValue, expectedPrimitive.JsonValue)))
            {
                return false;
            }

            if (exact && expectedPrimitive.JsonValue is null && instancePrimitive.JsonValue is not null)
            {
                return false;
            }
        }

        foreach (var (name, expectedChild) in ExpectedElements.Of(expected))
        {
            if (!instance.TryGetValue(name, out var instanceChild) || instanceChild is null || !ChildMatches(instanceChild, expectedChild, exact))
            {
                return false;
            }
        }

        if (exact)
        {
            foreach (var (name, _) in instance.EnumerateElements())
            {
                if (!expected.TryGetValue(name, out var present) || present is null)
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static bool ChildMatches(object instanceChild, object expectedChild, bool exact)
    {
        switch (expectedChild)
        {
            case IList expectedItems:
                var instanceItems = instanceChild as IList ?? new[] { instanceChild };
                if (exact)
                {
                    if (instanceItems.Count != expectedItems.Count)
                    {
                        return false;
                    }

                    for (var i = 0; i < expectedItems.Count; i++)
                    {
                        if (!ChildMatches(instanceItems[i]!, expectedItems[i]!, exact))
                        {
                            return false;
                        }
                    }

                    return true;
                }

                foreach (var expectedItem in expectedItems)
                {
                    var found = false;
                    for (var i = 0; i < instanceItems.Count && !found; i++)
                    {
                        found = ChildMatches(instanceItems[i]!, expectedItem!, exact);
                    }

                    if (!found)
                    {
                        return false;
                    }
                }

                return true;
            case Base expectedBase:
                return instanceChild switch
                {
                    Base instanceBase => Matches(instanceBase, expectedBase, exact),
                    IList { Count: 1 } single when !exact => single[0] is Base b && Matches(b, expectedBase, exact),
                    _ => false,
                };
            default:
                return SameValue(instanceChild, expectedChild);
        }
    }

    private static bool SameValue(object? a, object? b) =>
        Equals(a, b) || string.Equals(Convert.ToString(a, CultureInfo.InvariantCulture), Convert.ToString(b, CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>A short description of an expected value for messages.</summary>
    public static string Describe(Base value) => value switch
    {
        PrimitiveType p => "'" + Convert.ToString(p.JsonValue, CultureInfo.InvariantCulture) + "'",
        Coding c => Coding(c),
        CodeableConcept cc => "{" + string.Join(", ", cc.Coding.Select(Coding)) + (cc.Text is null ? "" : " text '" + cc.Text + "'") + "}",
        Identifier i => $"{{system {i.System ?? "-"}, value {i.Value ?? "-"}}}",
        Quantity q => $"{{{q.Value?.ToString(CultureInfo.InvariantCulture) ?? "-"} {q.System}|{q.Code}}}",
        _ => "the " + value.TypeName + " given in the profile",
    };

    private static string Coding(Coding c) => $"{c.System}|{c.Code}";
}
