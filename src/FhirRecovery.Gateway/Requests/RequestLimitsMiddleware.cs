using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Requests;

/// <summary>Applies the configured body limit to every request through Kestrel's per-request feature, so that no
/// endpoint can be made to buffer more than the limit, chunked bodies included. Done per request rather than on
/// KestrelServerOptions because those are built with the host, before start-up validation could report a bad limit.</summary>
internal sealed class RequestLimitsMiddleware(RequestDelegate next, IOptions<RequestLimitsOptions> options)
{
    public Task InvokeAsync(HttpContext context)
    {
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = options.Value.MaxRequestBodyBytes;
        }

        return next(context);
    }
}
