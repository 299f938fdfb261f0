using Serilog.Context;

namespace FhirRecovery.Gateway.Observability;

/// <summary>Accepts or generates X-Request-ID and X-Correlation-ID, echoes both on the response and
/// pushes them to the log context of everything logged while the request runs.</summary>
internal sealed class CorrelationMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var ids = CorrelationIds.From(context.Request.Headers);
        context.TraceIdentifier = ids.RequestId;
        context.Features.Set(ids);

        // Set when the headers go out rather than now: the exception handler clears the response headers.
        context.Response.OnStarting(static state =>
        {
            var (response, ids) = ((HttpResponse, CorrelationIds))state;
            response.Headers[CorrelationIds.RequestIdHeader] = ids.RequestId;
            response.Headers[CorrelationIds.CorrelationIdHeader] = ids.CorrelationId;
            return Task.CompletedTask;
        }, (context.Response, ids));

        using (LogContext.Push(new CorrelationEnricher(ids)))
        {
            await next(context);
        }
    }
}
