using FhirRecovery.Gateway.Observability;

namespace FhirRecovery.Gateway.Validation;

// Only the resource type and counts: never the resource, its ids, or the text of an issue (it can quote values).
internal static partial class Log
{
    [LoggerMessage(EventId = LogEventIds.ValidationCompleted, Level = LogLevel.Information,
        Message = "Validated a {ResourceType} against {ProfileCount} requested profiles: {ErrorCount} errors, {WarningCount} warnings in {ElapsedMs:0.0} ms")]
    public static partial void ValidationCompleted(ILogger logger, string resourceType, int profileCount, int errorCount, int warningCount, double elapsedMs);

    [LoggerMessage(EventId = LogEventIds.ValidationRefused, Level = LogLevel.Information,
        Message = "Refused a $validate request with {StatusCode}: {Reason}")]
    public static partial void ValidationRefused(ILogger logger, int statusCode, string reason);
}
