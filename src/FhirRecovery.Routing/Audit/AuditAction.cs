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

    /// <summary>The trust gate refused a send or read (scope, permission or consent): a 401/403.</summary>
    AccessDenied,

    /// <summary>A sender overrode a recorded refusal of consent on a documented ground (legal duty, vital interest).</summary>
    ConsentOverride,

    /// <summary>The routing directory was reloaded (from a file change or by an operator), or a reload was refused.</summary>
    DirectoryReloaded,
}
