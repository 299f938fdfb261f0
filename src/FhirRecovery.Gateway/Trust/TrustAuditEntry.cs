namespace FhirRecovery.Gateway.Trust;

/// <summary>What the trust gate decided, for the audit trail: ids, kinds and rule names only, never patient data.
/// The override reason is kept only as a SHA-256 digest so the audit trail can match it to the sender's own record.</summary>
internal sealed record TrustAuditEntry(
    DateTimeOffset Recorded,
    string Decision,
    string Interaction,
    string? SenderOds,
    string? CounterpartOrganizationId,
    string ResourceType,
    string? MessageEvent,
    string? OverrideGround,
    string? OverrideReasonDigest,
    string? DecidingConsentId,
    string? CorrelationId);
