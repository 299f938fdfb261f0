using System.Collections.Concurrent;
using System.Data.Common;
using FhirRecovery.Routing.Audit;

namespace FhirRecovery.Gateway.Trust;

/// <summary>Audits trust decisions as structured log events (ids and codes only), keeps the last ones in memory, and
/// stores each as an AuditEvent through the routing audit sink when one is registered (a gateway without routing has none).</summary>
internal sealed class LoggingTrustAudit(ILogger<LoggingTrustAudit> logger, IServiceProvider services) : ITrustAudit
{
    private const int Kept = 1000;
    private readonly ConcurrentQueue<TrustAuditEntry> _recent = new();
    private readonly Lazy<IAuditSink?> _sink = new(services.GetService<IAuditSink>);

    public IReadOnlyList<TrustAuditEntry> Recent => [.. _recent];

    public async Task WriteAsync(TrustAuditEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _recent.Enqueue(entry);
        while (_recent.Count > Kept && _recent.TryDequeue(out _))
        {
        }

        Log.TrustDecisionAudited(logger, entry.Decision, entry.Interaction, entry.SenderOds, entry.CounterpartOrganizationId,
            entry.ResourceType, entry.MessageEvent, entry.OverrideGround, entry.OverrideReasonDigest, entry.DecidingConsentId, entry.CorrelationId);

        if (_sink.Value is not { } sink)
        {
            return;
        }

        // The log line above is already written, so a store outage loses only the searchable copy; the decision stands.
        try
        {
            await sink.WriteAsync(TrustAuditRecords.ToAuditRecord(entry), cancellationToken);
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException or TimeoutException)
        {
            Log.TrustAuditStoreFailed(logger, entry.Decision, entry.CorrelationId, exception);
        }
    }
}
