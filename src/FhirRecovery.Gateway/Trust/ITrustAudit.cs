namespace FhirRecovery.Gateway.Trust;

/// <summary>Where trust decisions are audited (refusals and overrides). The routing work's IAuditSink has no action for
/// refusals or overrides, so the trust work keeps its own: a structured audit log line (event id 4010) and the recent
/// entries in memory for the operations console.</summary>
internal interface ITrustAudit
{
    void Write(TrustAuditEntry entry);

    IReadOnlyList<TrustAuditEntry> Recent { get; }
}
