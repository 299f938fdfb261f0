using Hl7.Fhir.Model;

namespace FhirRecovery.Specification.Terminology;

/// <summary>One expansion: include minus exclude, each include being the intersection of its system part
/// and its imported value sets. Anything it cannot evaluate makes the expansion incomplete, never wrong.</summary>
internal sealed class ValueSetExpanderRun(FhirPackageCatalog catalog, LocalTerminology terminology)
{
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);
    private readonly List<string> _gaps = [];

    public ValueSetExpansion Expand(ValueSet valueSet, string url)
    {
        _inProgress.Add(url);
        var codes = new HashSet<(string, string)>();
        if (valueSet.Compose is { } compose)
        {
            foreach (var include in compose.Include)
            {
                codes.UnionWith(Part(include));
            }

            foreach (var exclude in compose.Exclude)
            {
                codes.ExceptWith(Part(exclude));
            }
        }
        else if (valueSet.Expansion is { } expansion)
        {
            AddContains(expansion.Contains, codes);
            if (expansion.Total is { } total && total > codes.Count)
            {
                _gaps.Add("its stored expansion is partial");
            }
        }
        else
        {
            _gaps.Add("it has neither a compose nor an expansion");
        }

        return new ValueSetExpansion(url, codes, _gaps.Count == 0, _gaps.Count == 0 ? null : string.Join("; ", _gaps.Distinct()));
    }

    private HashSet<(string, string)> Part(ValueSet.ConceptSetComponent part)
    {
        HashSet<(string, string)>? result = null;
        if (part.System is { } system)
        {
            result = part.Concept.Count > 0
                ? part.Concept.Where(c => c.Code is not null).Select(c => (system, c.Code!)).ToHashSet()
                : SystemCodes(system, part.Version, part.Filter);
        }

        foreach (var imported in part.ValueSet.OfType<string>())
        {
            var nested = terminology.ExpandNested(imported, _inProgress);
            if (nested is null)
            {
                _gaps.Add($"value set {imported} is not available locally");
                return result ?? [];
            }

            if (!nested.IsComplete)
            {
                _gaps.Add(nested.IncompleteReason ?? $"value set {imported} is incomplete");
            }

            var nestedCodes = NestedCodes(nested);
            result = result is null ? nestedCodes : result.Intersect(nestedCodes).ToHashSet();
        }

        return result ?? [];
    }

    private HashSet<(string, string)> SystemCodes(string system, string? version, List<ValueSet.FilterComponent> filters)
    {
        var canonical = version is null ? system : system + "|" + version;
        if (catalog.Resolve(canonical) is not CodeSystem { Content: CodeSystemContentMode.Complete } codeSystem)
        {
            _gaps.Add($"code system {system} is not available locally");
            return [];
        }

        var concepts = CodeSystemConcepts.Flatten(codeSystem);
        IEnumerable<CodeSystemConcepts.Entry> selected = concepts;
        foreach (var filter in filters)
        {
            var filtered = CodeSystemConcepts.Filter(concepts, selected, filter);
            if (filtered is null)
            {
                _gaps.Add($"filter '{filter.Property} {filter.Op} {filter.Value}' on {system} cannot be evaluated locally");
                return [];
            }

            selected = filtered;
        }

        return selected.Select(c => (system, c.Code)).ToHashSet();
    }

    private static HashSet<(string, string)> NestedCodes(ValueSetExpansion expansion) => expansion.AllCodes().ToHashSet();

    private static void AddContains(List<ValueSet.ContainsComponent> contains, HashSet<(string, string)> codes)
    {
        foreach (var item in contains)
        {
            if (item.System is { } system && item.Code is { } code && item.Abstract != true)
            {
                codes.Add((system, code));
            }

            AddContains(item.Contains, codes);
        }
    }
}
