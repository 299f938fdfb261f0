using System.Collections.Concurrent;
using System.Globalization;
using FhirRecovery.Gateway.Routing;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Model;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>
/// YARP's active health check policy for receivers: a probe answered 2xx is a success; an error status, a timeout or
/// no connection is a failure; <see cref="ReceiverHealthCheckOptions.ConsecutiveFailures"/> failures in a row make
/// the receiver Unhealthy, one success makes it Healthy again. It is YARP's own consecutive-failures rule, written here
/// because the host also needs why a probe failed (for operators) and the moment a receiver comes back (to deliver
/// what waited for it), which YARP's built-in policy does not expose.
/// </summary>
internal sealed class ReceiverProbePolicy(
    IDestinationHealthUpdater updater,
    ReceiverHealthMonitor monitor,
    IOptions<RoutingOptions> options,
    TimeProvider time) : IActiveHealthCheckPolicy
{
    public const string PolicyName = "FhirReceiverProbe";

    private readonly ConcurrentDictionary<string, int> _failuresInARow = new(StringComparer.Ordinal);

    public string Name => PolicyName;

    public void ProbingCompleted(ClusterState cluster, IReadOnlyList<DestinationProbingResult> probingResults)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentNullException.ThrowIfNull(probingResults);
        var threshold = options.Value.HealthChecks.ConsecutiveFailures;
        var now = time.GetUtcNow();
        var changes = new List<NewActiveDestinationHealth>(probingResults.Count);
        foreach (var result in probingResults)
        {
            var problem = Problem(result);
            var failures = _failuresInARow.AddOrUpdate(cluster.ClusterId, problem is null ? 0 : 1, (_, n) => problem is null ? 0 : n + 1);
            var health = failures >= threshold ? DestinationHealth.Unhealthy
                : failures == 0 ? DestinationHealth.Healthy
                : result.Destination.Health.Active; // not enough failures yet: keep what it was
            changes.Add(new NewActiveDestinationHealth(result.Destination, health));
            monitor.Record(cluster.ClusterId, health, problem, now);
        }

        updater.SetActive(cluster, changes);
    }

    // Transport-level text only: the status code or the exception's message, never a body.
    private static string? Problem(DestinationProbingResult result) => result switch
    {
        { Exception: { } exception } => exception.GetBaseException().Message,
        { Response: { IsSuccessStatusCode: true } } => null,
        { Response: { } response } => string.Create(CultureInfo.InvariantCulture, $"GET metadata answered {(int)response.StatusCode}"),
        _ => "no answer",
    };
}
