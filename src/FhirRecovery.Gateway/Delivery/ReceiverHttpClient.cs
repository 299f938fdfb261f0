using System.Diagnostics;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using FhirRecovery.Gateway.Routing;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Forwarder;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>The one connection pool to receivers, shaped as YARP recommends for its forwarder: no proxy, no redirects,
/// no cookies, no decompression (bodies pass through as sent). The gateway's client certificate, when configured,
/// goes on every connection.</summary>
internal sealed class ReceiverHttpClient : IDisposable
{
    public ReceiverHttpClient(IOptions<RoutingOptions> routing)
    {
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            UseCookies = false,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            EnableMultipleHttp2Connections = true,
            ActivityHeadersPropagator = new ReverseProxyPropagator(DistributedContextPropagator.Current),
        };
        var credentials = routing.Value.ReceiverCredentials;
        if (credentials.ClientCertificatePath is { } path)
        {
            handler.SslOptions.ClientCertificates = [X509CertificateLoader.LoadPkcs12FromFile(
                Path.GetFullPath(path, AppContext.BaseDirectory), credentials.ClientCertificatePassword)];
        }

        Handler = handler;
        Invoker = new HttpMessageInvoker(handler, disposeHandler: true);
    }

    public HttpMessageInvoker Invoker { get; }

    /// <summary>The pool itself, for invokers that must not dispose it (see <see cref="SharedReceiverClientFactory"/>).</summary>
    public SocketsHttpHandler Handler { get; }

    public void Dispose() => Invoker.Dispose();
}
