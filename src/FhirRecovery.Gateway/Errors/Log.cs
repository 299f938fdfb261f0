using FhirRecovery.Gateway.Observability;

namespace FhirRecovery.Gateway.Errors;

internal static partial class Log
{
    // The exception goes to the log (type, message and stack); the caller only ever sees the request id.
    [LoggerMessage(EventId = LogEventIds.UnhandledException, Level = LogLevel.Error,
        Message = "Unhandled exception while serving {RequestMethod} {RouteTemplate}")]
    public static partial void UnhandledException(ILogger logger, string requestMethod, string routeTemplate, Exception exception);
}
