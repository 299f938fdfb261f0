namespace FhirRecovery.Specification;

/// <summary>
/// The FHIR packages a process loaded (the R4 core package, the FhirRecovery IG, any other IG or
/// folder of conformance resources), indexed by canonical URL and resolved lazily.
/// CONTRACT (owned by the validation-engine work): the gateway and the CLI only call what is below.
/// </summary>
public sealed partial class FhirPackageCatalog
{
    /// <summary>Loads each path: a FHIR package .tgz, an unpacked package folder, or any folder of
    /// StructureDefinitions, ValueSets and CodeSystems in JSON or XML. A folder holding several .tgz
    /// files loads each of them. Throws <see cref="FhirPackageException"/> naming every path that fails.</summary>
    public static FhirPackageCatalog Load(IEnumerable<string> paths) => throw new NotImplementedException();

    /// <summary>The packages loaded, as name#version (folders without a manifest get their folder name).</summary>
    public IReadOnlyList<string> Packages => throw new NotImplementedException();

    /// <summary>Canonical URLs of the profiles (constraint StructureDefinitions) that are not from the core package.</summary>
    public IReadOnlyList<string> ProfileUrls => throw new NotImplementedException();

    /// <summary>True when a conformance resource with this canonical URL (optionally |version) is known.</summary>
    public bool Contains(string canonical) => throw new NotImplementedException();
}
