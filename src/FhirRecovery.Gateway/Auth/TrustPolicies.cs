namespace FhirRecovery.Gateway.Auth;

/// <summary>Authorisation policies other endpoints (and route groups) ask for by name.</summary>
internal static class TrustPolicies
{
    /// <summary>A token from a configured authority whose organisation is in the routing directory. The fallback
    /// policy: every endpoint that does not allow anonymous access needs it.</summary>
    public const string KnownOrganisation = "known-organisation";

    /// <summary>Operator endpoints (/AuditEvent, dead-letter replay, admin): known organisation, the operator role,
    /// and the <c>system/AuditEvent.rs</c> scope.</summary>
    public const string Operator = "operator";

    public const string OperatorScopeResource = "AuditEvent";
}
