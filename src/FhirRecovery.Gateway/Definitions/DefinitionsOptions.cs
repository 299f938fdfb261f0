namespace FhirRecovery.Gateway.Definitions;

/// <summary>Where the FHIR definitions come from and which profiles must compile before the gateway is ready.
/// Bound from the "FhirRecovery" configuration section.</summary>
internal sealed class DefinitionsOptions
{
    /// <summary>A folder of FHIR packages (.tgz or unpacked) or conformance resources. Relative paths are
    /// resolved against the application folder, where the build copies the core and FhirRecovery packages.</summary>
    public string PackageDirectory { get; set; } = "fhir-packages";

    /// <summary>Canonical URLs compiled ahead of the first request; an empty list means every profile of the
    /// loaded implementation guides (<c>FhirPackageCatalog.ProfileUrls</c>).</summary>
    public List<string> EnforcedProfiles { get; set; } = [];

    public string ResolvedPackageDirectory => Path.GetFullPath(PackageDirectory, AppContext.BaseDirectory);
}
