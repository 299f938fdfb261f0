namespace FhirRecovery.Cli.Validate;

/// <summary>Expands the FILE|DIR arguments into the files to validate, in a stable order.</summary>
internal static class InputFiles
{
    private static readonly string[] s_extensions = [".json", ".xml"];

    /// <summary>Returns the files, or null with an error naming the first path that does not exist.</summary>
    public static IReadOnlyList<string>? Expand(IEnumerable<string> inputs, out string? error)
    {
        var files = new List<string>();
        error = null;
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                files.Add(input);
            }
            else if (Directory.Exists(input))
            {
                // Directories contribute their FHIR files only; hidden files such as a package's .index.json are skipped.
                files.AddRange(Directory
                    .EnumerateFiles(input, "*", SearchOption.AllDirectories)
                    .Where(f => s_extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                error = $"no such file or directory: {input}";
                return null;
            }
        }

        return files;
    }
}
