using System.Text.Json;

namespace FhirRecovery.Specification.Packages;

/// <summary>Reads name and version from a package.json; a folder without one is named after itself.</summary>
internal static class PackageManifest
{
    public static (string Name, string? Version) Read(byte[]? manifest, string fallbackName)
    {
        if (manifest is null)
        {
            return (fallbackName, null);
        }

        using var document = JsonDocument.Parse(manifest);
        var root = document.RootElement;
        var name = root.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
        var version = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        return (name ?? fallbackName, version);
    }
}
