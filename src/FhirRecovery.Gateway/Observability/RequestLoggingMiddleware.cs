using Microsoft.AspNetCore.Diagnostics;

namespace FhirRecovery.Gateway.Observability;

/// <summary>One log line per request: method, route template, status and duration. The route template
/// (e.g. <c>/{type}/$validate</c>) is logged instead of the path, and the query string and body never are,
/// because they can carry patient identifiers.</summary>
internal sealed class RequestLoggingMiddleware(RequestDelegate next, TimeProvider timeProvider, ILogger<RequestLoggingMiddleware> logger)
{
    private const string UnmatchedRoute = "(unmatched)";

    public async Task InvokeAsync(HttpContext context)
    {
        var started = timeProvider.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = timeProvider.GetElapsedTime(started);
            var routeTemplate = RouteTemplateOf(context);
            var status = context.Response.StatusCode;
            var level = status >= StatusCodes.Status500InternalServerError ? LogLevel.Error : LogLevel.Information;
            Log.RequestCompleted(logger, level, context.Request.Method, routeTemplate, status, elapsed.TotalMilliseconds);
        }
    }

    private static string RouteTemplateOf(HttpContext context)
    {
        // The exception handler clears the endpoint before it writes the 500; it keeps the original on its feature.
        var endpoint = context.GetEndpoint() ?? context.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        return endpoint switch
        {
            RouteEndpoint route => route.RoutePattern.RawText ?? UnmatchedRoute,
            // Rejection endpoints such as "405 HTTP Method Not Supported" have a fixed name and no pattern.
            { DisplayName: { } name } => name,
            _ => UnmatchedRoute,
        };
    }
}
