using FhirRecovery.Routing.Delivery;
using FhirRecovery.Routing.Outbox;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>Drains the outbox for as long as the gateway runs. Several gateways may drain one PostgreSQL outbox.
/// When a receiver that was down answers its health check again, its waiting messages are made due now and the
/// worker is woken: they go at once instead of after their backed-off retry time.</summary>
internal sealed class DeliveryWorkerService(
    DeliveryWorker worker, ReceiverHealthMonitor health, IOutboxStore store, ILogger<DeliveryWorkerService> logger) : BackgroundService
{
    private CancellationToken _stopping;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        health.ReceiverRecovered += OnReceiverRecovered;
        stoppingToken.Register(() => health.ReceiverRecovered -= OnReceiverRecovered);
        return worker.RunAsync(stoppingToken);
    }

    private void OnReceiverRecovered(string endpointId) => _ = ExpediteAsync(endpointId);

    private async Task ExpediteAsync(string endpointId)
    {
        try
        {
            var expedited = await store.ExpediteReceiverAsync(endpointId, _stopping);
            Log.ReceiverBackUp(logger, endpointId, expedited);
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            return;
        }
#pragma warning disable CA1031 // A failed expedite only delays delivery to the next backed-off attempt; it must not crash the prober.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.ExpediteFailed(logger, exception, endpointId);
        }

        worker.Wake();
    }
}
