using FhirRecovery.Gateway.Audit;
using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.ServiceDirectory;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>
/// Runs before the server listens: opening the directory (an inconsistent one throws, listing every problem, and the
/// gateway does not start) and creating the outbox and audit schemas (an unreachable database stops the start too).
/// </summary>
internal sealed class RoutingStartup(IServiceProvider services, IOutboxStore store, IAuditStore audit) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<IDirectorySource>().Current;
        await store.InitializeAsync(cancellationToken);
        await audit.InitializeAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
