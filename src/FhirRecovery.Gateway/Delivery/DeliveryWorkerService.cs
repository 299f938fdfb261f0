using FhirRecovery.Routing.Delivery;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>Drains the outbox for as long as the gateway runs. Several gateways may drain one PostgreSQL outbox.</summary>
internal sealed class DeliveryWorkerService(DeliveryWorker worker) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => worker.RunAsync(stoppingToken);
}
