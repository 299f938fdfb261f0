using Hl7.Fhir.Model;

namespace FhirRecovery.Specification.Terminology;

/// <summary>A code system's concepts flattened with their ancestors, and the filters we evaluate on them.</summary>
internal static class CodeSystemConcepts
{
    internal sealed record Entry(string Code, IReadOnlyList<string> Ancestors, CodeSystem.ConceptDefinitionComponent Concept);

    public static List<Entry> Flatten(CodeSystem codeSystem)
    {
        var result = new List<Entry>();
        Add(codeSystem.Concept, [], result);
        return result;
    }

    /// <summary>The concepts of <paramref name="selected"/> that pass the filter; null when the filter cannot be evaluated.</summary>
    public static IEnumerable<Entry>? Filter(List<Entry> all, IEnumerable<Entry> selected, ValueSet.FilterComponent filter)
    {
        var value = filter.Value;
        return (filter.Property, filter.Op) switch
        {
            ("concept", FilterOperator.IsA) => selected.Where(e => e.Code == value || e.Ancestors.Contains(value)).ToList(),
            ("concept", FilterOperator.DescendentOf) => selected.Where(e => e.Ancestors.Contains(value)).ToList(),
            ("concept", FilterOperator.IsNotA) => selected.Where(e => e.Code != value && !e.Ancestors.Contains(value)).ToList(),
            ("concept", FilterOperator.In) => selected.Where(e => value?.Split(',').Contains(e.Code) == true).ToList(),
            (_, FilterOperator.Equal) when filter.Property is { } property && all.Count > 0 =>
                selected.Where(e => e.Concept.Property.Any(p => p.Code == property && Text(p.Value) == value)).ToList(),
            _ => null,
        };
    }

    private static string? Text(DataType? value) => value switch
    {
        Code c => c.Value,
        FhirString s => s.Value,
        FhirBoolean b => b.Value is { } v ? (v ? "true" : "false") : null,
        Coding c => c.Code,
        _ => value?.ToString(),
    };

    private static void Add(List<CodeSystem.ConceptDefinitionComponent> concepts, List<string> ancestors, List<Entry> result)
    {
        foreach (var concept in concepts)
        {
            if (concept.Code is null)
            {
                continue;
            }

            result.Add(new Entry(concept.Code, ancestors.ToArray(), concept));
            if (concept.Concept.Count > 0)
            {
                ancestors.Add(concept.Code);
                Add(concept.Concept, ancestors, result);
                ancestors.RemoveAt(ancestors.Count - 1);
            }
        }
    }
}
