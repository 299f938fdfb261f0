namespace FhirRecovery.Validation.Tests.JsonReading;

/// <summary>JSON files of the source tree the reader is tested on (found by walking up to FhirRecovery.sln).</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static IReadOnlyList<string> Json(string folder, bool recursive = false)
    {
        var path = Path.Combine(Root.Value, folder);
        return Directory.Exists(path)
            ? [.. Directory.GetFiles(path, "*.json", recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
                .Where(f => !Path.GetFileName(f).Equals("manifest.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal)]
            : throw new DirectoryNotFoundException(path);
    }

    public static string Relative(string path) => Path.GetRelativePath(Root.Value, path);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FhirRecovery.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"FhirRecovery.sln not found above {AppContext.BaseDirectory}.");
    }
}
