using System.Diagnostics.Metrics;

namespace FhirRecovery.Gateway.Pathways;

/// <summary>
/// The pathways' metrics (meter <c>FhirRecovery.Gateway.Pathways</c>): handovers flagged (counter), flagged handovers
/// still unacknowledged (gauge, as of the last sweep), acknowledgements and review flags (counters). Counts only.
/// </summary>
internal sealed class PathwayMetrics
{
    public const string MeterName = "FhirRecovery.Gateway.Pathways";

    private readonly Counter<long> _flagged;
    private readonly Counter<long> _acknowledged;
    private readonly Counter<long> _reviewFlags;
    private long _flaggedUnacknowledged;

    public PathwayMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        Meter = meters.Create(MeterName);
        _flagged = Meter.CreateCounter<long>("fhirrecovery.handover.flagged", "{handover}", "Release handovers flagged as unacknowledged before release");
        _acknowledged = Meter.CreateCounter<long>("fhirrecovery.handover.acknowledged", "{handover}", "Release handovers acknowledged by the receiving service");
        _reviewFlags = Meter.CreateCounter<long>("fhirrecovery.review.flags", "{flag}", "Review flags raised on accepted messages, by review reason");
        Meter.CreateObservableGauge("fhirrecovery.handover.flagged_unacknowledged", () => Interlocked.Read(ref _flaggedUnacknowledged),
            "{handover}", "Flagged release handovers still unacknowledged, as of the last sweep");
    }

    public Meter Meter { get; }

    public void Flagged(int count) => _flagged.Add(count);

    public void Acknowledged() => _acknowledged.Add(1);

    public void ReviewFlag(string code) => _reviewFlags.Add(1, new KeyValuePair<string, object?>("reason", code));

    public void SetFlaggedUnacknowledged(long count) => Interlocked.Exchange(ref _flaggedUnacknowledged, count);
}
