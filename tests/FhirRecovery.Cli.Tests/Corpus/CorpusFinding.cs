namespace FhirRecovery.Cli.Tests.Corpus;

/// <summary>The key finding of an invalid case: an error issue whose FHIRPath starts with <see cref="Expression"/>
/// and whose text (message or path) contains <see cref="Message"/>, each only when given.</summary>
internal sealed record CorpusFinding(string? Expression, string? Message);
