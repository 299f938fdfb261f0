using System.Collections.Frozen;

namespace FhirRecovery.Specification.Terminology;

/// <summary>
/// The codes of a value set as far as they can be known locally. When <see cref="IsComplete"/> is false
/// (SNOMED CT, LOINC, a filter we cannot evaluate...), a code that is not listed may still be in the value
/// set: callers must not report it as an error.
/// </summary>
public sealed class ValueSetExpansion
{
    private readonly FrozenDictionary<string, string[]> _systemsByCode;

    internal ValueSetExpansion(string url, IEnumerable<(string System, string Code)> codes, bool isComplete, string? incompleteReason)
    {
        Url = url;
        _systemsByCode = codes.GroupBy(c => c.Code, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(c => c.System).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        Count = _systemsByCode.Values.Sum(s => s.Length);
        IsComplete = isComplete;
        IncompleteReason = incompleteReason;
    }

    public string Url { get; }

    public bool IsComplete { get; }

    /// <summary>Why the expansion is not complete (for messages); null when complete.</summary>
    public string? IncompleteReason { get; }

    public int Count { get; }

    public bool Contains(string system, string code) =>
        _systemsByCode.TryGetValue(code, out var systems) && Array.IndexOf(systems, system) >= 0;

    internal IEnumerable<(string System, string Code)> AllCodes() =>
        _systemsByCode.SelectMany(pair => pair.Value.Select(system => (system, pair.Key)));

    /// <summary>The systems in which this code appears in the value set; how a bare `code` element gets its system.</summary>
    public IReadOnlyList<string> SystemsOf(string code) => _systemsByCode.TryGetValue(code, out var systems) ? systems : [];
}
