namespace FhirRecovery.Gateway.Mailbox;

// Ids, ODS codes and counts only: never a body or anything from the payload. Range 4320-4339.
internal static partial class Log
{
    [LoggerMessage(EventId = 4320, Level = LogLevel.Information, Message = "Mailbox of {Ods} listed: {Count} held message(s)")]
    public static partial void Listed(ILogger logger, string ods, int count);

    [LoggerMessage(EventId = 4321, Level = LogLevel.Information, Message = "Mailbox message {MessageId} fetched by {Ods}")]
    public static partial void Fetched(ILogger logger, string messageId, string ods);

    [LoggerMessage(EventId = 4322, Level = LogLevel.Information, Message = "Mailbox message {MessageId} acknowledged by {Ods}: delivered")]
    public static partial void Acknowledged(ILogger logger, string messageId, string ods);

    [LoggerMessage(EventId = 4323, Level = LogLevel.Warning, Message = "Refused {Ods} access to mailbox message {MessageId}: not its mailbox")]
    public static partial void NotTheirs(ILogger logger, string ods, string messageId);

    [LoggerMessage(EventId = 4324, Level = LogLevel.Error, Message = "The audit store failed to record a mailbox {Action}")]
    public static partial void AuditFailed(ILogger logger, Exception exception, string action);
}
