using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace FhirRecovery.Validation.Tests.ImplementationGuide;

/// <summary>The compiled guide package and the committed examples agree, and every profile of the guide compiles.</summary>
[Collection(ValidatorGroup.Name)]
public sealed class GuidePackageTests(ValidatorFixture fixture)
{
    private const string GuideBase = "https://fhirrecovery.org.uk/fhir/StructureDefinition/";

    [Fact]
    public void Warm_EveryProfileOfTheGuide_Compiles()
    {
        var profiles = fixture.Catalog.ProfileUrls.Where(u => u.StartsWith(GuideBase, StringComparison.Ordinal)).ToList();

        Assert.True(profiles.Count >= 19, $"expected the guide's profiles, found {profiles.Count}");
        fixture.Validator.Warm(profiles);
    }

    // The committed JSON under profiles/examples/valid is exported from the package (profiles/tools/build-examples.mjs);
    // an example edited in FSH but not exported again would leave the tests checking stale files.
    [Fact]
    public void ValidExamples_ComparedWithThePackage_AreTheSame()
    {
        var packaged = ReadPackage(Path.Combine(AppContext.BaseDirectory, "fhir-packages", "fhir.recovery.tgz"));
        var stale = new List<string>();
        foreach (var example in GuideExamples.Valid)
        {
            var committed = JsonNode.Parse(File.ReadAllText(Path.Combine(GuideExamples.ValidDirectory, example.File)));
            if (!packaged.TryGetValue(example.File, out var inPackage) || !JsonNode.DeepEquals(committed, inPackage))
            {
                stale.Add(example.File);
            }
        }

        Assert.True(stale.Count == 0, "Run `node profiles/tools/build-examples.mjs`; out of date: " + string.Join(", ", stale));
    }

    private static Dictionary<string, JsonNode?> ReadPackage(string tgz)
    {
        var files = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        using var gzip = new GZipStream(File.OpenRead(tgz), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is null || !entry.Name.EndsWith(".json", StringComparison.Ordinal))
            {
                continue;
            }

            using var reader = new StreamReader(entry.DataStream);
            files[Path.GetFileName(entry.Name)] = JsonNode.Parse(reader.ReadToEnd());
        }

        return files;
    }
}
