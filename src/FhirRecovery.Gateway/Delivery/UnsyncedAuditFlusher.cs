using FhirRecovery.Gateway.Audit;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>
/// Bounds how long a proxied read's audit record stays committed but unsynced: every
/// <see cref="OutboxSettings.ProxiedReadAuditSyncInterval"/>, if any such record was written, the audit database syncs
/// it to disk; and once more when the gateway stops.
/// </summary>
internal sealed class UnsyncedAuditFlusher(
    GroupCommitAuditSink sink, RelationalAuditStore store, IOptions<OutboxSettings> settings, TimeProvider time,
    ILogger<UnsyncedAuditFlusher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = settings.Value.ProxiedReadAuditSyncInterval;
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: the last flush below.
        }

        await FlushAsync(CancellationToken.None);
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (!sink.TakeUnsynced())
        {
            return;
        }

        try
        {
            await store.FlushAsync(cancellationToken);
        }
#pragma warning disable CA1031 // A failed sync is retried at the next tick; the records themselves are committed.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            Log.AuditSyncFailed(logger, ex);
            // Not synced: ask again at the next tick.
            sink.MarkUnsynced();
        }
    }
}
