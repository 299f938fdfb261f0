using System.Text.Json.Nodes;

namespace FhirRecovery.Routing.Tests.Support;

/// <summary>A temp copy of the sample directory that a test may edit.</summary>
internal sealed class DirectoryFolder : IDisposable
{
    private DirectoryFolder(string path) => Path = path;

    public static string SamplePath => System.IO.Path.Combine(AppContext.BaseDirectory, "sample-directory");

    public string Path { get; }

    public static DirectoryFolder FromSample()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "fr-directory-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        foreach (var file in Directory.GetFiles(SamplePath, "*.json"))
        {
            File.Copy(file, System.IO.Path.Combine(path, System.IO.Path.GetFileName(file)));
        }

        return new DirectoryFolder(path);
    }

    public void Edit(string fileName, Action<JsonObject> edit)
    {
        var file = System.IO.Path.Combine(Path, fileName);
        var json = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        edit(json);
        Write(fileName, json.ToJsonString());
    }

    public void Write(string fileName, string json)
    {
        // Write then move, as an operator's deploy script would, so a watcher never reads half a file.
        var temp = System.IO.Path.Combine(Path, fileName + ".tmp");
        File.WriteAllText(temp, json);
        File.Move(temp, System.IO.Path.Combine(Path, fileName), overwrite: true);
    }

    public void Delete(string fileName) => File.Delete(System.IO.Path.Combine(Path, fileName));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the temp folder is cleaned up by the OS.
        }
    }
}
