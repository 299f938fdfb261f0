using System.Formats.Tar;
using System.IO.Compression;
using System.Text;

namespace FhirRecovery.LoadRuns;

/// <summary>The guide's own examples, read from the FhirRecovery package copied beside the binaries.</summary>
internal static class Payloads
{
    /// <summary>The prison's release-handover message (a Bundle of type message, about 6.8 KB).</summary>
    public static byte[] ReleaseHandover() => Encoding.UTF8.GetBytes(Read("package/Bundle-release-handover-alex.json"));

    private static string Read(string name)
    {
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "fhir-packages", "fhir.recovery.tgz")), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.Name == name && entry.DataStream is { } data)
            {
                using var reader = new StreamReader(data);
                return reader.ReadToEnd();
            }
        }

        throw new FileNotFoundException($"{name} is not in fhir.recovery.tgz.");
    }
}
