namespace FhirRecovery.Routing.Audit;

/// <summary>
/// One AuditEvent-shaped record: who did what to which message for which organisations, and how it went.
/// Never clinical content: no bodies, no patient identifiers, only ids and transport-level error text.
/// </summary>
/// <param name="Agent">Who acted: the gateway worker id, or the authenticated sender for acceptance and reads.</param>
/// <param name="PayloadKind">What kind of resource (e.g. <c>ServiceRequest</c>), not its content.</param>
/// <param name="Detail">Transport-level error text for failures; null on success.</param>
public sealed record AuditRecord(
    DateTimeOffset Recorded,
    AuditAction Action,
    AuditOutcome Outcome,
    string Agent,
    string? SenderId,
    string? ReceiverEndpointId,
    string? ReceiverOrganizationId,
    string? MessageId,
    string? PayloadKind,
    string? CorrelationId,
    int? Attempt = null,
    string? Detail = null);
