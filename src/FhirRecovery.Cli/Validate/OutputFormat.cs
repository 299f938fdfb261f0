namespace FhirRecovery.Cli.Validate;

/// <summary>How <c>validate</c> reports: a human-readable text block per file, or one JSON object per line.</summary>
internal enum OutputFormat
{
    Text,
    Json,
}
