using System.Collections.Concurrent;
using System.Collections.Frozen;
using FhirRecovery.Routing.Delivery;
using Yarp.ReverseProxy.Model;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>
/// The receivers' health as YARP's active health checks last found it, keyed by directory endpoint id (each endpoint
/// is a YARP cluster of one destination). Read on every synchronous send and every worker cycle, so reads are a
/// lock-free snapshot; written only by <see cref="ReceiverProbePolicy"/> when a probe round ends.
/// </summary>
internal sealed class ReceiverHealthMonitor(ILogger<ReceiverHealthMonitor> logger) : IReceiverHealth
{
    private readonly ConcurrentDictionary<string, ReceiverHealthState> _states = new(StringComparer.Ordinal);
    private FrozenSet<string> _down = FrozenSet<string>.Empty;

    /// <summary>Raised (on the probing thread) when a receiver that was down answers its probe again.</summary>
    public event Action<string>? ReceiverRecovered;

    public IReadOnlyCollection<string> KnownDown => Volatile.Read(ref _down);

    public bool IsKnownDown(string endpointId) => Volatile.Read(ref _down).Contains(endpointId);

    /// <summary>Every probed endpoint with its last state, for operators.</summary>
    public IReadOnlyDictionary<string, ReceiverHealthState> States => _states;

    public void Record(string endpointId, DestinationHealth health, string? problem, DateTimeOffset at)
    {
        var state = health switch
        {
            DestinationHealth.Healthy => ReceiverHealthStatus.Up,
            DestinationHealth.Unhealthy => ReceiverHealthStatus.Down,
            _ => ReceiverHealthStatus.Unknown,
        };
        var previous = _states.TryGetValue(endpointId, out var old) ? old.Status : ReceiverHealthStatus.Unknown;
        var since = previous == state && old is not null ? old.Since : at;
        _states[endpointId] = new ReceiverHealthState(state, since, at, state == ReceiverHealthStatus.Down ? problem : null);
        if (previous == state)
        {
            return;
        }

        RefreshDownSet();
        if (state == ReceiverHealthStatus.Down)
        {
            Log.ReceiverDown(logger, endpointId, problem ?? "no answer");
        }
        else if (previous == ReceiverHealthStatus.Down && state == ReceiverHealthStatus.Up)
        {
            ReceiverRecovered?.Invoke(endpointId);
        }
    }

    /// <summary>Forgets endpoints that left the directory (they are no longer probed).</summary>
    public void Retain(IReadOnlySet<string> endpointIds)
    {
        foreach (var id in _states.Keys.Where(id => !endpointIds.Contains(id)))
        {
            _states.TryRemove(id, out _);
        }

        RefreshDownSet();
    }

    private void RefreshDownSet() =>
        Volatile.Write(ref _down, _states.Where(s => s.Value.Status == ReceiverHealthStatus.Down).Select(s => s.Key).ToFrozenSet(StringComparer.Ordinal));
}
