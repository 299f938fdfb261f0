namespace FhirRecovery.Gateway.Observability;

/// <summary>The shape of the console log output.</summary>
internal enum ConsoleLogFormat
{
    Json,
    Text,
}
