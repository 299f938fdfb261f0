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

        return !exact || HasOnlyExpectedElements(instance, expected);
    }

    /// <summary>Fixed: the instance has no element that the expected value lacks.</summary>
    private static bool HasOnlyExpectedElements(Base instance, Base expected)
    {
        if (instance is PrimitiveType && !instance.HasOverflow)
        {
            // Without overflow a primitive's only elements are its id and extensions (what EnumerateElements yields,
            // with an iterator and a dictionary each time).
            return (!instance.TryGetValue("id", out _) || IsPresent(expected, "id"))
                && (!instance.TryGetValue("extension", out _) || IsPresent(expected, "extension"));
        }

        foreach (var (name, _) in instance.EnumerateElements())
        {
            if (!IsPresent(expected, name))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPresent(Base value, string name) => value.TryGetValue(name, out var present) && present is not null;

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

                for (var e = 0; e < expectedItems.Count; e++)
                {
                    var expectedItem = expectedItems[e];
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
