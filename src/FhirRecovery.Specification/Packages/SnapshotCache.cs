using System.Collections.Concurrent;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Snapshot;
using Hl7.Fhir.Specification.Source;

namespace FhirRecovery.Specification.Packages;

/// <summary>
/// StructureDefinitions with their snapshots. Core definitions ship with one; IG profiles built by SUSHI
/// often carry only a differential, so the SDK's generator fills it in once per canonical.
/// </summary>
internal sealed class SnapshotCache(FhirPackageCatalog catalog, IResourceResolver resolver, Lock definitionLock)
{
    private readonly ConcurrentDictionary<string, Lazy<StructureDefinition>> _cache = new(StringComparer.Ordinal);

    public StructureDefinition Get(string canonical)
    {
        if (_cache.TryGetValue(canonical, out var done) && done.IsValueCreated)
        {
            return done.Value;
        }

        // The generator mutates the definitions it expands (and their bases, with annotations), so it runs under
        // the catalog's definition lock, which readers of definitions (the validator's compiler) hold too. The lock
        // is taken before entering the Lazy, never inside it: a thread holding the lock never waits for a Lazy
        // that another thread started and cannot finish without the lock. Lock is re-entrant.
        lock (definitionLock)
        {
            return _cache.GetOrAdd(canonical, c => new Lazy<StructureDefinition>(() => Create(c))).Value;
        }
    }

    private StructureDefinition Create(string canonical)
    {
        if (catalog.Resolve(canonical) is not StructureDefinition definition)
        {
            throw new FhirPackageException($"StructureDefinition '{canonical}' is not in the loaded packages.");
        }

        if (definition.HasSnapshot)
        {
            return definition;
        }

        var generator = new SnapshotGenerator(resolver, SnapshotGeneratorSettings.CreateDefault());
        // The resolver is in-memory, so the asynchronous API completes synchronously.
        generator.UpdateAsync(definition).GetAwaiter().GetResult();
        var errors = generator.Outcome?.Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => i.Details?.Text ?? i.Diagnostics ?? "unknown error")
            .ToList() ?? [];
        if (!definition.HasSnapshot || errors.Count > 0)
        {
            throw new FhirPackageException($"The snapshot of '{canonical}' could not be generated: "
                + (errors.Count > 0 ? string.Join("; ", errors) : "the generator produced no snapshot"));
        }

        return definition;
    }
}
