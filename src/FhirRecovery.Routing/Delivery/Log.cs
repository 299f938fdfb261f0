using Microsoft.Extensions.Logging;

namespace FhirRecovery.Routing.Delivery;

/// <summary>Delivery logs. Event ids 5200-5299 (see the project README for the registry). Ids only, never content.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5200, Level = LogLevel.Information, Message = "Delivered message {MessageId} to endpoint {EndpointId} on attempt {Attempt} with status {Status}; correlation {CorrelationId}")]
    public static partial void Delivered(ILogger logger, string messageId, string endpointId, int attempt, int status, string? correlationId);

    [LoggerMessage(EventId = 5201, Level = LogLevel.Warning, Message = "Delivery of message {MessageId} to endpoint {EndpointId} failed on attempt {Attempt}, now {State}: {Error}")]
    public static partial void AttemptFailed(ILogger logger, string messageId, string endpointId, int attempt, string state, string error);

    [LoggerMessage(EventId = 5202, Level = LogLevel.Error, Message = "Message {MessageId} to endpoint {EndpointId} was dead-lettered after {Attempt} attempt(s): {Error}")]
    public static partial void DeadLettered(ILogger logger, string messageId, string endpointId, int attempt, string error);

    [LoggerMessage(EventId = 5203, Level = LogLevel.Warning, Message = "Worker {WorkerId} lost the lease on message {MessageId}; another worker owns it now")]
    public static partial void LeaseLost(ILogger logger, string workerId, string messageId);

    [LoggerMessage(EventId = 5204, Level = LogLevel.Error, Message = "Delivery cycle of worker {WorkerId} failed; retrying after the poll interval")]
    public static partial void CycleFailed(ILogger logger, Exception exception, string workerId);

    [LoggerMessage(EventId = 5205, Level = LogLevel.Error, Message = "Audit sink failed for {Action} of message {MessageId}; delivery continues")]
    public static partial void AuditFailed(ILogger logger, Exception exception, string action, string? messageId);
}
