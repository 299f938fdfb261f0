using System.Net.Http.Headers;
using FhirRecovery.Gateway.Observability;
using FhirRecovery.Routing.Resolution;
using Yarp.ReverseProxy.Forwarder;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>
/// Shapes every request the gateway sends to a receiver: the exact target URL from the directory, the sender's
/// X-Request-ID and X-Correlation-ID, and the gateway's own credential. The sender's Authorization, cookies, target
/// header and Prefer never leave the gateway: they were meant for the gateway, not for the receiver.
/// </summary>
internal sealed class ReceiverTransformer(Uri target, CorrelationIds ids, string? bearerToken) : HttpTransformer
{
    private static readonly string[] _senderOnlyHeaders = ["Authorization", "Cookie", "Prefer", TargetHeader.Name, "Forwarded"];

    public override async ValueTask TransformRequestAsync(HttpContext httpContext, HttpRequestMessage proxyRequest, string destinationPrefix, CancellationToken cancellationToken)
    {
        await base.TransformRequestAsync(httpContext, proxyRequest, destinationPrefix, cancellationToken);
        proxyRequest.RequestUri = target;
        proxyRequest.Headers.Host = null;
        foreach (var name in _senderOnlyHeaders)
        {
            proxyRequest.Headers.Remove(name);
        }

        proxyRequest.Headers.Remove(CorrelationIds.RequestIdHeader);
        proxyRequest.Headers.Remove(CorrelationIds.CorrelationIdHeader);
        proxyRequest.Headers.TryAddWithoutValidation(CorrelationIds.RequestIdHeader, ids.RequestId);
        proxyRequest.Headers.TryAddWithoutValidation(CorrelationIds.CorrelationIdHeader, ids.CorrelationId);
        if (!string.IsNullOrWhiteSpace(bearerToken))
        {
            proxyRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }
    }
}
