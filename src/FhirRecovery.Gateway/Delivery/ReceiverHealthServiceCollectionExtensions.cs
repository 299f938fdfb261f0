using FhirRecovery.Routing.Delivery;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Forwarder;
using Yarp.ReverseProxy.Health;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>
/// Active health checks of receivers with YARP's own machinery: its configuration (clusters built from the directory),
/// its active health check monitor and scheduler, with our probe request and policy. YARP's routing is not used (no
/// routes): the gateway still sends with <c>IHttpForwarder</c>, and reads the health the probes found.
/// </summary>
internal static class ReceiverHealthServiceCollectionExtensions
{
    public static IServiceCollection AddReceiverHealthChecks(this IServiceCollection services)
    {
        services.AddSingleton<ReceiverHealthMonitor>();
        services.AddSingleton<IReceiverHealth>(sp => sp.GetRequiredService<ReceiverHealthMonitor>());
        services.AddSingleton<SharedReceiverClientFactory>();
        services.AddSingleton<IForwarderHttpClientFactory>(sp => sp.GetRequiredService<SharedReceiverClientFactory>());
        services.AddSingleton<IProbingRequestFactory, ReceiverProbeRequestFactory>();
        services.AddSingleton<DirectoryProxyConfigProvider>();
        services.AddSingleton<IProxyConfigProvider>(sp => sp.GetRequiredService<DirectoryProxyConfigProvider>());
        services.AddReverseProxy();
        services.AddSingleton<IActiveHealthCheckPolicy, ReceiverProbePolicy>();
        services.AddHealthChecks().AddCheck<ReceiverHealthCheck>("receivers", tags: ["ready"]);
        return services;
    }

    /// <summary>Loads YARP's configuration and starts the probes (YARP does both when its endpoints are mapped; it
    /// maps none here, as the configuration has no routes).</summary>
    public static IEndpointRouteBuilder MapReceiverHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapReverseProxy();
        return endpoints;
    }
}
