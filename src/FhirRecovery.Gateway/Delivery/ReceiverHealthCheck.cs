using FhirRecovery.Routing.ServiceDirectory;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>
/// Part of <c>/health/ready</c>: Degraded (still 200: the gateway itself can take messages and queue them) while any
/// receiver is known down, naming the endpoints; Healthy otherwise. A receiver being down must not take the gateway
/// out of a load balancer, or senders could not even queue for the receivers that are up.
/// </summary>
internal sealed class ReceiverHealthCheck(ReceiverHealthMonitor monitor, IDirectorySource directory) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var down = monitor.KnownDown.Order(StringComparer.Ordinal).ToList();
        var probed = monitor.States.Count;
        var total = directory.Current.Endpoints.Count(e => e.Active);
        return Task.FromResult(down.Count == 0
            ? HealthCheckResult.Healthy($"Receivers: none of {total} known down ({probed} probed).")
            : HealthCheckResult.Degraded($"Receivers down: {string.Join(", ", down)} ({down.Count} of {total}); their messages wait in the outbox."));
    }
}
