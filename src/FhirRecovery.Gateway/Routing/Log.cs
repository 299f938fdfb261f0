namespace FhirRecovery.Gateway.Routing;

// Operator and endpoint ids, counts. Range 4150-4199.
internal static partial class Log
{
    [LoggerMessage(EventId = 4150, Level = LogLevel.Information, Message = "Operator {OperatorId} reloaded the routing directory: {Endpoints} endpoints")]
    public static partial void DirectoryReloaded(ILogger logger, string operatorId, int endpoints);

    [LoggerMessage(EventId = 4151, Level = LogLevel.Warning, Message = "Operator {OperatorId} asked for a directory reload; refused with {Problems} problems, the previous directory stays in force")]
    public static partial void DirectoryReloadRefused(ILogger logger, string operatorId, int problems);

    [LoggerMessage(EventId = 4152, Level = LogLevel.Error, Message = "Could not write the AuditEvent of a routing directory reload")]
    public static partial void DirectoryReloadAuditFailed(ILogger logger, Exception exception);
}
