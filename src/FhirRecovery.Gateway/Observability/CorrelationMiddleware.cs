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
        // The ids travel as a feature, so the callback needs no state of its own (no closure, no boxed tuple).
        context.Response.OnStarting(static state =>
        {
            var context = (HttpContext)state;
            if (context.Features.Get<CorrelationIds>() is { } ids)
            {
                context.Response.Headers[CorrelationIds.RequestIdHeader] = ids.RequestId;
                context.Response.Headers[CorrelationIds.CorrelationIdHeader] = ids.CorrelationId;
            }

            return Task.CompletedTask;
        }, context);

        using (LogContext.Push(new CorrelationEnricher(ids)))
        {
            await next(context);
        }
    }
}
