using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Pathways;

/// <summary>
/// Flags release handovers still unacknowledged <see cref="PathwayOptions.HandoverAcknowledgementLead"/> before the
/// planned release, every <see cref="PathwayOptions.SweepInterval"/> on the injected TimeProvider. A flag is set once
/// per handover, logged (message id only) and counted; the gauge is refreshed every sweep.
/// </summary>
internal sealed class HandoverSweeper(
    HandoverStore handovers,
    PathwayMetrics metrics,
    IOptions<PathwayOptions> options,
    TimeProvider time,
    ILogger<HandoverSweeper> logger) : BackgroundService
{
    private const int MaxListed = 10_000;

    /// <summary>One sweep; returns the message ids flagged by it.</summary>
    public async Task<IReadOnlyList<string>> SweepOnceAsync(CancellationToken cancellationToken)
    {
        var lead = options.Value.HandoverAcknowledgementLead;
        var flagged = await handovers.FlagDueAsync(time.GetUtcNow(), lead, cancellationToken);
        foreach (var id in flagged)
        {
            Log.HandoverFlagged(logger, id, lead.TotalHours);
        }

        if (flagged.Count > 0)
        {
            metrics.Flagged(flagged.Count);
        }

        metrics.SetFlaggedUnacknowledged((await handovers.ListFlaggedUnacknowledgedAsync(MaxListed, cancellationToken)).Count);
        return flagged;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        do
        {
            try
            {
                await SweepOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // A failed sweep is logged and retried at the next tick; it must not stop the gateway.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Log.SweepFailed(logger, exception);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
