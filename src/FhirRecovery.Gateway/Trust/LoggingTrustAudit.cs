using System.Collections.Concurrent;

namespace FhirRecovery.Gateway.Trust;

/// <summary>Audits trust decisions as structured log events (ids and codes only) and keeps the last ones in memory.</summary>
internal sealed class LoggingTrustAudit(ILogger<LoggingTrustAudit> logger) : ITrustAudit
{
    private const int Kept = 1000;
    private readonly ConcurrentQueue<TrustAuditEntry> _recent = new();

    public IReadOnlyList<TrustAuditEntry> Recent => [.. _recent];

    public void Write(TrustAuditEntry entry)
    {
        _recent.Enqueue(entry);
        while (_recent.Count > Kept && _recent.TryDequeue(out _))
        {
        }

        Log.TrustDecisionAudited(logger, entry.Decision, entry.Interaction, entry.SenderOds, entry.CounterpartOrganizationId,
            entry.ResourceType, entry.MessageEvent, entry.OverrideGround, entry.OverrideReasonDigest, entry.DecidingConsentId, entry.CorrelationId);
    }
}
