using System.Collections.Concurrent;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Snapshot;
using Hl7.Fhir.Specification.Source;

namespace FhirRecovery.Specification.Packages;

/// <summary>
/// StructureDefinitions with their snapshots. Core definitions ship with one; IG profiles built by SUSHI
/// often carry only a differential, so the SDK's generator fills it in once per canonical.
/// </summary>
internal sealed class SnapshotCache(FhirPackageCatalog catalog, IResourceResolver resolver)
{
    private readonly ConcurrentDictionary<string, Lazy<StructureDefinition>> _cache = new(StringComparer.Ordinal);

    // The generator mutates the definitions it expands (and their bases); one at a time keeps shared POCOs sane.
    private readonly Lock _generatorLock = new();

    public StructureDefinition Get(string canonical) =>
        _cache.GetOrAdd(canonical, c => new Lazy<StructureDefinition>(() => Create(c))).Value;

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

        lock (_generatorLock)
        {
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
}
