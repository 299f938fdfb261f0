namespace FhirRecovery.Trust.Permissions;

/// <summary>The authenticated sending organisation, as matched to the routing directory.</summary>
/// <param name="Ods">The organisation's ODS code, from the token's configured claim.</param>
/// <param name="ServiceTypes">The service types the organisation provides, from its HealthcareServices.</param>
public sealed record SenderIdentity(string Ods, IReadOnlySet<string> ServiceTypes);
