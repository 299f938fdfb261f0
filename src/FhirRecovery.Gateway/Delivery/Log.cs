namespace FhirRecovery.Gateway.Delivery;

// Endpoint ids and counts only. Range 4100-4149 (the routing host; 4000-4099 are messaging and trust).
internal static partial class Log
{
    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning, Message = "Receiver endpoint {EndpointId} is down: its active health check failed ({Problem})")]
    public static partial void ReceiverDown(ILogger logger, string endpointId, string problem);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Receiver endpoint {EndpointId} is back up; {Expedited} waiting messages made due now")]
    public static partial void ReceiverBackUp(ILogger logger, string endpointId, int expedited);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "Could not bring forward the waiting messages of receiver endpoint {EndpointId}")]
    public static partial void ExpediteFailed(ILogger logger, Exception exception, string endpointId);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Health checks now cover {Count} receiver endpoints")]
    public static partial void HealthChecksConfigured(ILogger logger, int count);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Warning, Message = "Syncing proxied-read audit records to disk failed; tried again at the next interval")]
    public static partial void AuditSyncFailed(ILogger logger, Exception exception);
}
