using System.Text.Json;

namespace FhirRecovery.Specification.Packages;

/// <summary>Reads a package's .index.json (index-version 1) into index data keyed by file name.</summary>
internal static class PackageIndexReader
{
    public static Dictionary<string, ResourceIndexData> Read(byte[] indexJson)
    {
        var result = new Dictionary<string, ResourceIndexData>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(indexJson);
        if (!document.RootElement.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var file in files.EnumerateArray())
        {
            var fileName = Text(file, "filename");
            var resourceType = Text(file, "resourceType");
            if (fileName is null || resourceType is null)
            {
                continue;
            }

            result[fileName] = new ResourceIndexData(fileName, resourceType, Text(file, "id"), Text(file, "url"),
                Text(file, "version"), Text(file, "kind"), Text(file, "type"), Text(file, "derivation"));
        }

        return result;
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
