namespace FhirRecovery.Gateway.Trust;

/// <summary>Where trust decisions are audited (refusals and overrides): a structured audit log line (event id 4010),
/// the recent entries in memory for the operations console, and, when the routing audit store is configured, an
/// AuditEvent searchable through <c>GET /AuditEvent</c>.</summary>
internal interface ITrustAudit
{
    /// <summary>Audits one decision. Never throws for a failing store: a refusal must still answer 403.</summary>
    Task WriteAsync(TrustAuditEntry entry, CancellationToken cancellationToken);

    IReadOnlyList<TrustAuditEntry> Recent { get; }
}
