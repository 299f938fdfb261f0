namespace FhirRecovery.Routing.Audit;

/// <summary>AuditEvent.outcome codes (R4 audit-event-outcome).</summary>
public enum AuditOutcome
{
    Success = 0,
    MinorFailure = 4,
    SeriousFailure = 8,
    MajorFailure = 12,
}
