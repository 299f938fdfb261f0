namespace FhirRecovery.Gateway.Observability;

/// <summary>How the gateway writes its logs. Bound from the "FhirRecovery" configuration section.</summary>
internal sealed class ObservabilityOptions
{
    /// <summary>"Json" (one compact JSON object per line, for log shippers) or "Text" (for people at a terminal).
    /// A string rather than the enum, so that a wrong value is reported by start-up validation, through the logger,
    /// instead of throwing from the configuration binder before there is a logger.</summary>
    public string LogFormat { get; set; } = nameof(ConsoleLogFormat.Json);

    public ConsoleLogFormat ParsedLogFormat =>
        Enum.TryParse<ConsoleLogFormat>(LogFormat, ignoreCase: true, out var format) && Enum.IsDefined(format) ? format : ConsoleLogFormat.Json;
}
