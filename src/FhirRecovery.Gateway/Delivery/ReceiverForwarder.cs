using FhirRecovery.Gateway.Observability;
using FhirRecovery.Gateway.Routing;
using FhirRecovery.Routing.ServiceDirectory;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Forwarder;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>Sends one HTTP exchange to a receiver endpoint through YARP's forwarder: the caller's request goes out,
/// the receiver's answer (status, headers, body) is written to the context's response.</summary>
internal sealed class ReceiverForwarder(
    IHttpForwarder forwarder,
    ReceiverHttpClient client,
    IOptions<RoutingOptions> routing,
    IOptions<OutboxSettings> outbox)
{
    /// <summary>Forwards to <paramref name="endpoint"/>'s address plus <paramref name="relativePath"/> (e.g.
    /// <c>$process-message</c>, <c>CarePlan/123?_format=json</c>). Returns the forwarder's error, None on any answer.</summary>
    public async Task<(ForwarderError Error, string? Problem)> ForwardAsync(
        HttpContext context, DirectoryEndpoint endpoint, string relativePath, CorrelationIds ids)
    {
        var target = new Uri(endpoint.Address.AbsoluteUri.TrimEnd('/') + "/" + relativePath.TrimStart('/'));
        var transformer = new ReceiverTransformer(target, ids, routing.Value.ReceiverCredentials.TokenFor(endpoint.Id));
        var config = new ForwarderRequestConfig { ActivityTimeout = outbox.Value.DeliveryTimeout };
        var error = await forwarder.SendAsync(context, endpoint.Address.AbsoluteUri, client.Invoker, config, transformer);
        if (error == ForwarderError.None)
        {
            return (error, null);
        }

        // Transport-level text only (connection refused, timeout): never a body.
        var exception = context.Features.Get<IForwarderErrorFeature>()?.Exception;
        return (error, exception is null ? error.ToString() : $"{error}: {exception.GetBaseException().Message}");
    }
}
