namespace FhirRecovery.Specification.Packages;

/// <summary>The files of one package (or plain folder) and, when present, its manifest and index.</summary>
internal sealed record LoadedPackage(string Name, string? Version, IReadOnlyList<LoadedFile> Files, byte[]? IndexJson)
{
    public string DisplayName => Version is null ? Name : Name + "#" + Version;

    /// <summary>The official R4 definitions; the known Medplum fix-ups apply only to them.</summary>
    public bool IsCore => Name == "hl7.fhir.r4.core";
}
