namespace FhirRecovery.Gateway.Observability;

/// <summary>How the gateway writes its logs. Bound from the "FhirRecovery" configuration section.</summary>
internal sealed class ObservabilityOptions
{
    /// <summary>Json (one compact JSON object per line, for log shippers) or Text (for people at a terminal).</summary>
    public ConsoleLogFormat LogFormat { get; set; } = ConsoleLogFormat.Json;
}
