namespace FhirRecovery.Gateway.Messaging;

// Ids, kinds and statuses only: never a body, a patient or an identifier from the payload. Range 4000-4099.
internal static partial class Log
{
    [LoggerMessage(EventId = 4200, Level = LogLevel.Information, Message = "Accepted a {PayloadKind} for endpoint {EndpointId} as message {MessageId} (new: {Created})")]
    public static partial void Accepted(ILogger logger, string payloadKind, string endpointId, string messageId, bool created);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "Forwarded a {PayloadKind} to endpoint {EndpointId} synchronously; the receiver answered {StatusCode}")]
    public static partial void ForwardedSynchronously(ILogger logger, string payloadKind, string endpointId, int statusCode);

    [LoggerMessage(EventId = 4202, Level = LogLevel.Warning, Message = "Could not reach endpoint {EndpointId} for a synchronous {PayloadKind}: {Problem}")]
    public static partial void ReceiverUnreachable(ILogger logger, string payloadKind, string endpointId, string problem);

    [LoggerMessage(EventId = 4203, Level = LogLevel.Information, Message = "No route for a {PayloadKind}: {StatusCode} {IssueType}")]
    public static partial void TargetNotResolved(ILogger logger, string payloadKind, int statusCode, string issueType);

    [LoggerMessage(EventId = 4204, Level = LogLevel.Information, Message = "The trust gate refused a {PayloadKind} to organisation {OrganizationId} with {StatusCode}")]
    public static partial void SendRefusedByTrust(ILogger logger, string payloadKind, string organizationId, int statusCode);

    [LoggerMessage(EventId = 4205, Level = LogLevel.Error, Message = "The audit store failed to record a {Action} event")]
    public static partial void AuditFailed(ILogger logger, Exception exception, string action);

    [LoggerMessage(EventId = 4206, Level = LogLevel.Error, Message = "A routed-write observer failed after a {PayloadKind} was routed")]
    public static partial void ObserverFailed(ILogger logger, Exception exception, string payloadKind);
}
