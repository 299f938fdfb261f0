namespace FhirRecovery.Routing.Audit;

/// <summary>What happened. The host maps each to an AuditEvent type/subtype and action code.</summary>
public enum AuditAction
{
    Accepted,
    DeliveryAttempt,
    Delivered,
    DeadLettered,
    Replayed,
    ProxiedRead,
}
