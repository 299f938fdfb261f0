using FhirRecovery.Gateway.Audit;
using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.ServiceDirectory;
using Yarp.ReverseProxy;
using Yarp.ReverseProxy.Health;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>
/// Runs before the server listens: opening the directory (an inconsistent one throws, listing every problem, and the
/// gateway does not start), creating the outbox and audit schemas (an unreachable database stops the start too), then
/// handing the directory to YARP's health checks and probing every receiver once, so the gateway starts knowing
/// which receivers are down instead of learning it one interval later.
/// </summary>
internal sealed class RoutingStartup(
    IServiceProvider services, IOutboxStore store, IAuditStore audit, DirectoryProxyConfigProvider proxyConfig) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var directory = services.GetRequiredService<IDirectorySource>();
        _ = directory.Current;
        await store.InitializeAsync(cancellationToken);
        await audit.InitializeAsync(cancellationToken);
        proxyConfig.Attach(directory);

        // Not awaited: a receiver slow to answer its probe must not hold up the start.
        var clusters = services.GetRequiredService<IProxyStateLookup>().GetClusters().ToList();
        _ = services.GetRequiredService<IActiveHealthCheckMonitor>().CheckHealthAsync(clusters);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
