namespace FhirRecovery.Specification.Packages;

/// <summary>A file read from a package or folder, before it is indexed.</summary>
internal sealed record LoadedFile(string FileName, byte[] Content);
