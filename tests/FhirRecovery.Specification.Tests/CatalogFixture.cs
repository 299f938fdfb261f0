namespace FhirRecovery.Specification.Tests;

/// <summary>Loads the real packages copied next to the test assembly once for every test class that uses it.</summary>
public sealed class CatalogFixture
{
    public static string PackagesFolder { get; } = Path.Combine(AppContext.BaseDirectory, "fhir-packages");

    public static string CorePackage { get; } = Path.Combine(PackagesFolder, "hl7.fhir.r4.core-4.0.1.tgz");

    public static string IgPackage { get; } = Path.Combine(PackagesFolder, "fhir.recovery.tgz");

    public FhirPackageCatalog Catalog { get; } = FhirPackageCatalog.Load([PackagesFolder]);
}

[CollectionDefinition(Name)]
public sealed class CatalogGroup : ICollectionFixture<CatalogFixture>
{
    public const string Name = "catalog";
}
