using Hl7.Fhir.Model;

namespace FhirRecovery.Specification.Packages;

/// <summary>
/// One conformance resource of a loaded package: its index data and its raw bytes. The POCO is parsed on
/// first use only (loading every core definition eagerly costs seconds) and then shared.
/// </summary>
internal sealed class PackageEntry
{
    private readonly Lazy<Resource?> _resource;

    public PackageEntry(ResourceIndexData index, string package, bool isCorePackage, byte[] content,
        ResourceFormat format, Func<PackageEntry, Resource?> parse)
    {
        Index = index;
        Package = package;
        IsCorePackage = isCorePackage;
        Content = content;
        Format = format;
        _resource = new Lazy<Resource?>(() => parse(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ResourceIndexData Index { get; }

    /// <summary>name#version of the package the entry came from.</summary>
    public string Package { get; }

    public bool IsCorePackage { get; }

    public byte[] Content { get; }

    public ResourceFormat Format { get; }

    public Resource? Resource => _resource.Value;
}
