using System.Collections.Concurrent;

namespace FhirRecovery.Validation.Running;

/// <summary>The instance name of a choice element for a type ("value" + "Quantity"), built once per pair for the
/// whole process instead of once per item.</summary>
internal static class ChoiceNames
{
    private static readonly ConcurrentDictionary<(string Element, string Type), string> Names = new();

    public static string Of(string elementName, string typeName) =>
        Names.GetOrAdd((elementName, typeName), static key => key.Element + Capitalize(key.Type));

    private static string Capitalize(string typeName) =>
        typeName.Length == 0 ? typeName : char.ToUpperInvariant(typeName[0]) + typeName[1..];
}
