using System.Runtime.CompilerServices;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>The elements of a fixed or pattern value from a profile, listed once: those values never change after
/// compilation, and enumerating a POCO allocates an iterator on every comparison.</summary>
internal static class ExpectedElements
{
    private static readonly ConditionalWeakTable<Base, KeyValuePair<string, object>[]> ByValue = [];

    public static KeyValuePair<string, object>[] Of(Base expected) =>
        ByValue.GetValue(expected, static value => [.. value.EnumerateElements()]);
}
