using System.Net.Http.Headers;
using FhirRecovery.Gateway.Routing;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Model;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>
/// Builds each probe the way the gateway talks to that receiver: <c>GET {address}{path}</c> asking for FHIR JSON, with
/// the gateway's own bearer token for the endpoint (a receiver that protects its CapabilityStatement still answers).
/// YARP's default factory would send no credential.
/// </summary>
internal sealed class ReceiverProbeRequestFactory(IOptions<RoutingOptions> options) : IProbingRequestFactory
{
    public HttpRequestMessage CreateRequest(ClusterModel cluster, DestinationModel destination)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(destination);
        var path = cluster.Config.HealthCheck?.Active?.Path ?? options.Value.HealthChecks.Path;
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(destination.Config.Address.TrimEnd('/') + path))
        {
            Version = System.Net.HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
        };
        request.Headers.Accept.ParseAdd("application/fhir+json");
        if (options.Value.ReceiverCredentials.TokenFor(cluster.Config.ClusterId) is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }
}
