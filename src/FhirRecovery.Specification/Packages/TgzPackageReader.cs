using System.Formats.Tar;
using System.IO.Compression;

namespace FhirRecovery.Specification.Packages;

/// <summary>Reads a FHIR package .tgz: every file under package/ (not the examples or other folders).</summary>
internal static class TgzPackageReader
{
    private const string PackagePrefix = "package/";

    public static LoadedPackage Read(string path)
    {
        var files = new List<LoadedFile>();
        byte[]? manifest = null;
        byte[]? index = null;
        using (var stream = File.OpenRead(path))
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress))
        using (var tar = new TarReader(gzip))
        {
            while (tar.GetNextEntry() is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null)
                {
                    continue;
                }

                var name = entry.Name.Replace('\\', '/');
                if (!name.StartsWith(PackagePrefix, StringComparison.Ordinal) || name.IndexOf('/', PackagePrefix.Length) >= 0)
                {
                    continue;
                }

                var fileName = name[PackagePrefix.Length..];
                var content = ReadAll(entry.DataStream);
                switch (fileName)
                {
                    case "package.json":
                        manifest = content;
                        break;
                    case ".index.json":
                        index = content;
                        break;
                    default:
                        files.Add(new LoadedFile(fileName, content));
                        break;
                }
            }
        }

        var (name2, version) = PackageManifest.Read(manifest, Path.GetFileNameWithoutExtension(path));
        return new LoadedPackage(name2, version, files, index);
    }

    private static byte[] ReadAll(Stream data)
    {
        using var buffer = new MemoryStream();
        data.CopyTo(buffer);
        return buffer.ToArray();
    }
}
