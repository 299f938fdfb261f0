namespace FhirRecovery.Trust.Permissions;

/// <summary>Allowed, or denied with a reason that is safe to return in a 403 OperationOutcome.</summary>
public sealed record PermissionDecision(bool Allowed, string Reason)
{
    public static PermissionDecision Allow(string reason) => new(true, reason);

    public static PermissionDecision Deny(string reason) => new(false, reason);
}
