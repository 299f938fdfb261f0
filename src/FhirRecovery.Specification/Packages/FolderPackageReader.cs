namespace FhirRecovery.Specification.Packages;

/// <summary>
/// Reads an unpacked package folder (with or without its package/ level) or any folder of JSON/XML
/// conformance resources. Files that are not FHIR resources are skipped later, when indexed.
/// </summary>
internal static class FolderPackageReader
{
    public static LoadedPackage Read(string folder)
    {
        var root = File.Exists(Path.Combine(folder, "package", "package.json")) ? Path.Combine(folder, "package") : folder;
        byte[]? manifest = null;
        byte[]? index = null;
        var files = new List<LoadedFile>();
        foreach (var path in Directory.EnumerateFiles(root).Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            if (fileName == "package.json")
            {
                manifest = File.ReadAllBytes(path);
            }
            else if (fileName == ".index.json")
            {
                index = File.ReadAllBytes(path);
            }
            else if (fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                || fileName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                files.Add(new LoadedFile(fileName, File.ReadAllBytes(path)));
            }
        }

        var folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
        var (name, version) = PackageManifest.Read(manifest, folderName);
        return new LoadedPackage(name, version, files, index);
    }
}
