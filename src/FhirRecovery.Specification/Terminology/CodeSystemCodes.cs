using System.Collections.Frozen;
using Hl7.Fhir.Model;

namespace FhirRecovery.Specification.Terminology;

/// <summary>The codes (and their displays) of a code system held completely in the loaded packages.</summary>
public sealed class CodeSystemCodes
{
    private readonly FrozenDictionary<string, string?> _displays;

    internal CodeSystemCodes(CodeSystem codeSystem)
    {
        Url = codeSystem.Url ?? "";
        var comparer = codeSystem.CaseSensitive == false ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        _displays = CodeSystemConcepts.Flatten(codeSystem)
            .GroupBy(e => e.Code, comparer)
            .ToFrozenDictionary(g => g.Key, g => g.First().Concept.Display, comparer);
    }

    public string Url { get; }

    public bool Contains(string code) => _displays.ContainsKey(code);

    /// <summary>The display the code system gives the code; null when it gives none or the code is unknown.</summary>
    public string? DisplayOf(string code) => _displays.GetValueOrDefault(code);
}
