using Hl7.Fhir.Model;

namespace FhirRecovery.Specification.Tests;

public sealed class FhirPackageCatalogLoadTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fhir-catalog-tests-" + Guid.NewGuid().ToString("N"));

    public FhirPackageCatalogLoadTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Load_MissingPaths_ThrowsNamingEveryPath()
    {
        var first = Path.Combine(_folder, "missing-one");
        var second = Path.Combine(_folder, "missing-two.tgz");
        var error = Assert.Throws<FhirPackageException>(() => FhirPackageCatalog.Load([first, second]));
        Assert.Contains(first, error.Message, StringComparison.Ordinal);
        Assert.Contains(second, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FolderOfJsonAndXmlWithoutManifest_IndexesBothAndNamesFolder()
    {
        File.WriteAllText(Path.Combine(_folder, "vs.json"),
            """{"resourceType":"ValueSet","id":"colours","url":"http://example.org/ValueSet/colours","version":"1.0.0","status":"active"}""");
        File.WriteAllText(Path.Combine(_folder, "cs.xml"),
            """<CodeSystem xmlns="http://hl7.org/fhir"><id value="colours"/><url value="http://example.org/CodeSystem/colours"/><status value="active"/><content value="complete"/></CodeSystem>""");
        File.WriteAllText(Path.Combine(_folder, "notes.json"), """{"hello":"world"}""");

        var catalog = FhirPackageCatalog.Load([_folder]);

        Assert.Equal([Path.GetFileName(_folder)], catalog.Packages);
        Assert.IsType<ValueSet>(catalog.Resolve("http://example.org/ValueSet/colours|1.0.0"));
        Assert.IsType<CodeSystem>(catalog.Resolve("http://example.org/CodeSystem/colours"));
    }

    [Fact]
    public void Load_UnpackedPackageFolder_ReadsManifestAndIndex()
    {
        var package = Path.Combine(_folder, "package");
        Directory.CreateDirectory(package);
        File.WriteAllText(Path.Combine(package, "package.json"), """{"name":"example.ig","version":"2.0.0"}""");
        File.WriteAllText(Path.Combine(package, "ValueSet-a.json"),
            """{"resourceType":"ValueSet","id":"a","url":"http://example.org/ValueSet/a","status":"active"}""");

        var catalog = FhirPackageCatalog.Load([_folder]);

        Assert.Equal(["example.ig#2.0.0"], catalog.Packages);
        Assert.True(catalog.Contains("http://example.org/ValueSet/a"));
    }

    [Fact]
    public void Load_SingleTgz_LoadsThatPackageOnly()
    {
        var catalog = FhirPackageCatalog.Load([CatalogFixture.IgPackage]);
        Assert.Single(catalog.Packages);
        Assert.False(catalog.Contains("http://hl7.org/fhir/StructureDefinition/Patient"));
    }

    [Fact]
    public void Load_FileThatIsNotAPackage_Throws()
    {
        var file = Path.Combine(_folder, "readme.txt");
        File.WriteAllText(file, "hello");
        var error = Assert.Throws<FhirPackageException>(() => FhirPackageCatalog.Load([file]));
        Assert.Contains(file, error.Message, StringComparison.Ordinal);
    }
}
