namespace FhirRecovery.Benchmarks;

/// <summary>
/// Where the FHIR packages are. BenchmarkDotNet runs each benchmark in a generated project with its own
/// output folder, so fhir-packages/ may not be next to the running assembly: look up the folders for it, or
/// for the repository's build output (artifacts/fhir/packages).
/// </summary>
internal static class PackagesFolder
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(folder.FullName, "fhir-packages"), Path.Combine(folder.FullName, "artifacts", "fhir", "packages") })
            {
                if (Directory.Exists(candidate) && Directory.EnumerateFiles(candidate, "*.tgz").Any())
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("No fhir-packages folder found above " + AppContext.BaseDirectory + "; build the solution first.");
    }

    /// <summary>A file of the implementation guide's valid examples (profiles/examples/valid), found above the
    /// running assembly in the repository.</summary>
    public static string GuideExample(string fileName)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "profiles", "examples", "valid", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("The guide example " + fileName + " was not found above " + AppContext.BaseDirectory);
    }
}
