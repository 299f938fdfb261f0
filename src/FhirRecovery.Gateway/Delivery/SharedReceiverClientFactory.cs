using Yarp.ReverseProxy.Forwarder;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>
/// Gives every YARP cluster (one per directory endpoint) the gateway's one receiver connection pool, so probes and
/// deliveries share connections and the client certificate. The invoker handed out never disposes the shared handler:
/// YARP may drop a cluster's client when the directory changes.
/// </summary>
internal sealed class SharedReceiverClientFactory(ReceiverHttpClient client) : IForwarderHttpClientFactory
{
    public HttpMessageInvoker CreateClient(ForwarderHttpClientContext context) => new(client.Handler, disposeHandler: false);
}
