using FhirRecovery.Specification.Packages;

namespace FhirRecovery.Specification;

/// <summary>Loads packages and folders, gathering every failure so that one exception names them all.</summary>
internal sealed class CatalogBuilder
{
    private readonly List<string> _packages = [];
    private readonly List<PackageEntry> _entries = [];
    private readonly Dictionary<string, PackageEntry> _byCanonical = new(StringComparer.Ordinal);
    private readonly List<string> _problems = [];
    private FhirPackageCatalog? _catalog;

    public void LoadAll(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            try
            {
                LoadPath(path);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException
                or System.Text.Json.JsonException or FormatException)
            {
                _problems.Add($"{path}: {e.Message}");
            }
        }

        if (_problems.Count > 0)
        {
            throw new FhirPackageException("FHIR packages could not be loaded:" + Environment.NewLine
                + string.Join(Environment.NewLine, _problems.Select(p => "  - " + p)));
        }
    }

    public FhirPackageCatalog Build(Func<IReadOnlyList<string>, IReadOnlyList<PackageEntry>, Dictionary<string, PackageEntry>, FhirPackageCatalog> create)
    {
        _catalog = create(_packages, _entries, _byCanonical);
        return _catalog;
    }

    private void LoadPath(string path)
    {
        if (File.Exists(path))
        {
            if (!path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase))
            {
                _problems.Add($"{path}: not a FHIR package (.tgz) or a folder");
                return;
            }

            Add(TgzPackageReader.Read(path));
            return;
        }

        if (!Directory.Exists(path))
        {
            _problems.Add($"{path}: no such file or folder");
            return;
        }

        var archives = Directory.EnumerateFiles(path, "*.tgz").Order(StringComparer.Ordinal).ToList();
        foreach (var archive in archives)
        {
            Add(TgzPackageReader.Read(archive));
        }

        var folder = FolderPackageReader.Read(path);
        if (folder.Files.Count > 0 || archives.Count == 0)
        {
            Add(folder);
        }
    }

    private void Add(LoadedPackage package)
    {
        var index = package.IndexJson is null ? null : PackageIndexReader.Read(package.IndexJson);
        var added = 0;
        foreach (var file in package.Files)
        {
            var format = file.FileName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) ? ResourceFormat.Xml : ResourceFormat.Json;
            var data = index is not null && index.TryGetValue(file.FileName, out var indexed) ? indexed : ResourceScanner.Scan(file, format);
            if (data?.Url is null)
            {
                continue; // examples and other resources without a canonical URL are not definitions
            }

            var entry = new PackageEntry(data, package.DisplayName, package.IsCore, file.Content, format, Parse);
            _entries.Add(entry);
            added++;
            // The first package to define a canonical wins (core first), so an IG cannot silently replace R4.
            _byCanonical.TryAdd(data.Url, entry);
            if (data.Version is not null)
            {
                _byCanonical.TryAdd(data.Url + "|" + data.Version, entry);
            }
        }

        if (added == 0 && package.Files.Count > 0 && index is null)
        {
            _problems.Add($"{package.Name}: no FHIR conformance resources found");
            return;
        }

        _packages.Add(package.DisplayName);
    }

    private Hl7.Fhir.Model.Resource? Parse(PackageEntry entry)
    {
        var resource = ConformanceResourceParser.Parse(entry.Content, entry.Format);
        if (resource is not null && entry.IsCorePackage)
        {
            CoreDefinitionFixups.Apply(resource, url => _catalog?.Contains(url) ?? true);
        }

        return resource;
    }
}
