namespace FhirRecovery.Specification.Packages;

/// <summary>What a package's .index.json (or a quick scan of the file) says about one resource.</summary>
internal sealed record ResourceIndexData(
    string FileName,
    string ResourceType,
    string? Id,
    string? Url,
    string? Version,
    string? Kind,
    string? Type,
    string? Derivation);
