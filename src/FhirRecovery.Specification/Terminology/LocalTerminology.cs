using System.Collections.Concurrent;
using Hl7.Fhir.Model;

namespace FhirRecovery.Specification.Terminology;

/// <summary>
/// Expands value sets from the loaded packages alone: explicit concepts, whole code systems that the
/// packages hold completely, and the hierarchy and property filters that can be evaluated on them. No
/// terminology server is asked. Expansions are computed once per canonical and shared. Thread-safe.
/// </summary>
public sealed class LocalTerminology
{
    private readonly FhirPackageCatalog _catalog;
    private readonly ConcurrentDictionary<string, Lazy<ValueSetExpansion?>> _expansions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<CodeSystemCodes?>> _codeSystems = new(StringComparer.Ordinal);

    internal LocalTerminology(FhirPackageCatalog catalog) => _catalog = catalog;

    /// <summary>The expansion of the value set with this canonical (optionally |version); null when the value set is unknown.</summary>
    public ValueSetExpansion? Expand(string valueSetCanonical)
    {
        ArgumentNullException.ThrowIfNull(valueSetCanonical);
        return _expansions.GetOrAdd(valueSetCanonical, url => new Lazy<ValueSetExpansion?>(
            () => _catalog.Resolve(url) is ValueSet valueSet ? new ValueSetExpanderRun(_catalog, this).Expand(valueSet, url) : null)).Value;
    }

    /// <summary>The codes of a code system the packages hold completely; null when it is unknown or not complete
    /// here (SNOMED CT, LOINC, fragments), so that a code cannot be judged.</summary>
    public CodeSystemCodes? CodeSystem(string system)
    {
        ArgumentNullException.ThrowIfNull(system);
        // Looked up first: the factory below captures this instance, so passing it allocates on every call.
        if (_codeSystems.TryGetValue(system, out var known))
        {
            return known.Value;
        }

        return _codeSystems.GetOrAdd(system, url => new Lazy<CodeSystemCodes?>(() =>
            _catalog.Resolve(url) is Hl7.Fhir.Model.CodeSystem { Content: CodeSystemContentMode.Complete } codeSystem
                ? new CodeSystemCodes(codeSystem) : null)).Value;
    }

    internal ValueSetExpansion? ExpandNested(string valueSetCanonical, HashSet<string> inProgress) =>
        inProgress.Contains(valueSetCanonical) ? null : Expand(valueSetCanonical);
}
