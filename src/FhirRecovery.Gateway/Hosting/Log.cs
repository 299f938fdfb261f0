using FhirRecovery.Gateway.Observability;

namespace FhirRecovery.Gateway.Hosting;

internal static partial class Log
{
    [LoggerMessage(EventId = LogEventIds.HostFailedToStart, Level = LogLevel.Critical,
        Message = "The gateway failed to start: {Reason}")]
    public static partial void HostFailedToStart(ILogger logger, string reason, Exception exception);
}
