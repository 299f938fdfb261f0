namespace FhirRecovery.Gateway.Observability;

/// <summary>Request-level logs. Only method, route template, status and duration: never a raw path,
/// query string or body, which can carry patient identifiers.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = LogEventIds.RequestCompleted, Level = LogLevel.Information,
        Message = "HTTP {RequestMethod} {RouteTemplate} responded {StatusCode} in {ElapsedMs:0.0} ms")]
    public static partial void RequestCompleted(ILogger logger, string requestMethod, string routeTemplate, int statusCode, double elapsedMs);
}
