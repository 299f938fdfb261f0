using System.Globalization;
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
    IOptions<OutboxSettings> outbox,
    ReceiverHealthMonitor health)
{
    /// <summary>Forwards to <paramref name="endpoint"/>'s address plus <paramref name="relativePath"/> (e.g.
    /// <c>$process-message</c>, <c>CarePlan/123?_format=json</c>). Returns the forwarder's error, None on any answer.
    /// A receiver the active health checks found down is not tried: the caller learns at once, not after a connect
    /// timeout (the synchronous sender gets 503 transient; the worker does not claim its messages at all).</summary>
    public async Task<(ForwarderError Error, string? Problem)> ForwardAsync(
        HttpContext context, DirectoryEndpoint endpoint, string relativePath, CorrelationIds ids)
    {
        if (health.IsKnownDown(endpoint.Id))
        {
            var state = health.States.GetValueOrDefault(endpoint.Id);
            return (ForwarderError.NoAvailableDestinations, string.Create(CultureInfo.InvariantCulture,
                $"The receiver is known to be down: its health check has failed since {state?.Since:u} ({state?.Problem})."));
        }

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
