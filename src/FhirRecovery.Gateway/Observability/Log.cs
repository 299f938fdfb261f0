namespace FhirRecovery.Gateway.Observability;

/// <summary>Request-level logs. Only method, route template, status and duration: never a raw path,
/// query string or body, which can carry patient identifiers.</summary>
internal static partial class Log
{
    // Information, or Error for a 5xx: the level is the first thing an operator filters on.
    [LoggerMessage(EventId = LogEventIds.RequestCompleted,
        Message = "HTTP {RequestMethod} {RouteTemplate} responded {StatusCode} in {ElapsedMs:0.0} ms")]
    public static partial void RequestCompleted(ILogger logger, LogLevel level, string requestMethod, string routeTemplate, int statusCode, double elapsedMs);
}
