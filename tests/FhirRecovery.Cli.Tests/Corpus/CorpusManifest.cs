using System.Text.Json;

namespace FhirRecovery.Cli.Tests.Corpus;

/// <summary>Reads conformance/corpus/manifest.json from the repository the tests were built in.</summary>
internal static class CorpusManifest
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };
    private static readonly Lazy<IReadOnlyList<CorpusCase>> s_cases = new(Load);

    public static string Folder { get; } = Path.Combine(FindRepositoryRoot(), "conformance", "corpus");

    public static IReadOnlyList<CorpusCase> Cases => s_cases.Value;

    public static CorpusCase Get(string id) => Cases.Single(c => c.Id == id);

    public static string PathOf(string relative) => Path.GetFullPath(Path.Combine(Folder, relative));

    private static IReadOnlyList<CorpusCase> Load()
    {
        using var stream = File.OpenRead(Path.Combine(Folder, "manifest.json"));
        var manifest = JsonSerializer.Deserialize<ManifestFile>(stream, s_json);
        return manifest?.Cases ?? throw new InvalidDataException("manifest.json has no cases");
    }

    // The tests run from bin/<configuration>/<tfm>; the corpus stays in the source tree so that it is edited in one place.
    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FhirRecovery.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("FhirRecovery.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed record ManifestFile(IReadOnlyList<CorpusCase> Cases);
}
