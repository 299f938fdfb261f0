using System.Collections.Frozen;
using FhirRecovery.Specification.Packages;
using FhirRecovery.Specification.Terminology;
using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Source;

namespace FhirRecovery.Specification;

/// <summary>
/// The FHIR packages a process loaded (the R4 core package, the FhirRecovery IG, any other IG or
/// folder of conformance resources), indexed by canonical URL and resolved lazily.
/// CONTRACT (owned by the validation-engine work): the gateway and the CLI only call what is below.
/// </summary>
public sealed partial class FhirPackageCatalog
{
    private readonly FrozenDictionary<string, PackageEntry> _byCanonical;
    private readonly IReadOnlyList<PackageEntry> _entries;
    private readonly Lazy<IReadOnlyList<string>> _profileUrls;
    private readonly SnapshotCache _snapshots;

    // Held while the snapshot generator runs (it writes to shared definitions) and by WithDefinitionLock.
    private readonly Lock _definitionLock = new();

    private FhirPackageCatalog(IReadOnlyList<string> packages, IReadOnlyList<PackageEntry> entries, Dictionary<string, PackageEntry> byCanonical)
    {
        Packages = packages;
        _entries = entries;
        _byCanonical = byCanonical.ToFrozenDictionary(StringComparer.Ordinal);
        _profileUrls = new Lazy<IReadOnlyList<string>>(FindProfileUrls);
        var resolver = new CatalogResourceResolver(this);
        Resolver = resolver;
        AsyncResolver = resolver;
        _snapshots = new SnapshotCache(this, resolver, _definitionLock);
        Terminology = new LocalTerminology(this);
    }

    /// <summary>Loads each path: a FHIR package .tgz, an unpacked package folder, or any folder of
    /// StructureDefinitions, ValueSets and CodeSystems in JSON or XML. A folder holding several .tgz
    /// files loads each of them. Throws <see cref="FhirPackageException"/> naming every path that fails.</summary>
    public static FhirPackageCatalog Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var builder = new CatalogBuilder();
        builder.LoadAll(paths);
        return builder.Build((packages, entries, index) => new FhirPackageCatalog(packages, entries, index));
    }

    /// <summary>The packages loaded, as name#version (folders without a manifest get their folder name).</summary>
    public IReadOnlyList<string> Packages { get; }

    /// <summary>Canonical URLs of the profiles (constraint StructureDefinitions) that are not from the core package.</summary>
    public IReadOnlyList<string> ProfileUrls => _profileUrls.Value;

    /// <summary>The catalog as a Firely SDK resolver (for the snapshot generator, terminology, FHIRPath).</summary>
    public IResourceResolver Resolver { get; }

    /// <summary>The catalog as an asynchronous Firely SDK resolver.</summary>
    public IAsyncResourceResolver AsyncResolver { get; }

    /// <summary>Value set expansion and code validation from the loaded packages alone.</summary>
    public LocalTerminology Terminology { get; }

    /// <summary>True when a conformance resource with this canonical URL (optionally |version) is known.</summary>
    public bool Contains(string canonical) => Find(canonical) is not null;

    /// <summary>The conformance resource with this canonical URL (optionally |version), parsed on first use;
    /// null when unknown. The POCO is shared: treat it as read-only.</summary>
    public Resource? Resolve(string canonical) => Find(canonical)?.Resource;

    /// <summary>The StructureDefinition with this canonical URL, with its snapshot (generated once when the
    /// package has only a differential). Throws <see cref="FhirPackageException"/> when unknown or when the
    /// snapshot cannot be generated.</summary>
    public StructureDefinition GetStructureDefinitionWithSnapshot(string canonical) => _snapshots.Get(canonical);

    /// <summary>Runs <paramref name="readDefinitions"/> while no snapshot is being generated (the generator writes
    /// to the shared definitions it expands and to their bases), one caller at a time. For code that reads
    /// definitions in depth, such as a compiler. Re-entrant: it may call <see cref="GetStructureDefinitionWithSnapshot"/>.</summary>
    public T WithDefinitionLock<T>(Func<T> readDefinitions)
    {
        ArgumentNullException.ThrowIfNull(readDefinitions);
        lock (_definitionLock)
        {
            return readDefinitions();
        }
    }

    /// <summary>Every resource of the given type that has a canonical URL, parsed (use sparingly: it parses).</summary>
    public IEnumerable<T> ResourcesOfType<T>(string resourceType) where T : Resource =>
        _entries.Where(e => e.Index.ResourceType == resourceType).Select(e => e.Resource).OfType<T>();

    /// <summary>The resource type of the conformance resource with this canonical URL ("CodeSystem", "ValueSet"...),
    /// from the package index without parsing it; null when unknown.</summary>
    public string? ResourceTypeOf(string canonical) => Find(canonical)?.Index.ResourceType;

    internal bool IsFromCorePackage(string canonical) => Find(canonical)?.IsCorePackage ?? false;

    private PackageEntry? Find(string canonical)
    {
        ArgumentNullException.ThrowIfNull(canonical);
        if (_byCanonical.TryGetValue(canonical, out var entry))
        {
            return entry;
        }

        // A canonical may carry a fragment (…#Element) or a version we do not have under that exact key.
        var hash = canonical.IndexOf('#', StringComparison.Ordinal);
        var withoutFragment = hash >= 0 ? canonical[..hash] : canonical;
        if (hash >= 0 && _byCanonical.TryGetValue(withoutFragment, out entry))
        {
            return entry;
        }

        var bar = withoutFragment.IndexOf('|', StringComparison.Ordinal);
        return bar >= 0 && _byCanonical.TryGetValue(withoutFragment[..bar], out entry)
            && (entry.Index.Version is null || entry.Index.Version == withoutFragment[(bar + 1)..])
            ? entry
            : null;
    }

    private List<string> FindProfileUrls() =>
        _entries.Where(e => !e.IsCorePackage && e.Index.ResourceType == "StructureDefinition" && e.Index.Url is not null)
            .Where(e => (e.Index.Derivation ?? (e.Resource as StructureDefinition)?.Derivation?.ToString())
                is "constraint" or "Constraint")
            .Select(e => e.Index.Url!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
