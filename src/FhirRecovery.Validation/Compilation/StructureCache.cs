using System.Collections.Concurrent;
using FhirRecovery.Specification;

namespace FhirRecovery.Validation.Compilation;

/// <summary>
/// Compiled structures by canonical URL (optionally |version), compiled once on first use and shared by
/// every validation. A structure that fails to compile fails the same way every time it is asked for.
/// </summary>
internal sealed class StructureCache(FhirPackageCatalog catalog, StructureCompiler compiler)
{
    private const string CoreBase = "http://hl7.org/fhir/StructureDefinition/";

    private readonly ConcurrentDictionary<string, Lazy<CompiledStructure>> _byCanonical = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CompiledStructure?> _byType = new(StringComparer.Ordinal);

    public bool IsKnown(string canonical) => catalog.Contains(canonical);

    /// <summary>memberOf() in invariants, from the loaded packages.</summary>
    public FhirPath.LocalCodeValidation CodeValidation { get; } = new(catalog.Terminology);

    /// <summary>Compiles (once) and returns the structure; throws when it is unknown or cannot compile.</summary>
    public CompiledStructure Get(string canonical)
    {
        if (_byCanonical.TryGetValue(canonical, out var done) && done.IsValueCreated)
        {
            return done.Value;
        }

        return Compile(canonical);
    }

    // Apart from Get, whose fast path would otherwise allocate this method's closure on every call.
    private CompiledStructure Compile(string canonical)
    {
        // Compiling reads definitions that the snapshot generator (another thread's profile) may be writing to,
        // so it runs under the catalog's definition lock. The lock is taken before entering the Lazy, never
        // inside it, so a thread holding it never waits for a Lazy another thread started (no deadlock); each
        // canonical still compiles once, and a failure is cached and thrown the same way every time.
        return catalog.WithDefinitionLock(() => _byCanonical.GetOrAdd(canonical, c => new Lazy<CompiledStructure>(
            () => compiler.Compile(catalog.GetStructureDefinitionWithSnapshot(c)),
            LazyThreadSafetyMode.ExecutionAndPublication)).Value);
    }

    /// <summary>The base definition of a FHIR type (Patient, HumanName, string); null when the type is unknown.</summary>
    public CompiledStructure? ForType(string typeName)
    {
        if (_byType.TryGetValue(typeName, out var cached))
        {
            return cached;
        }

        var canonical = CoreBase + typeName;
        var structure = catalog.Contains(canonical) ? Get(canonical) : null;
        _byType.TryAdd(typeName, structure);
        return structure;
    }
}
