namespace FhirRecovery.Trust.Consent;

/// <summary>A proposed disclosure of one person's data to a receiving service.</summary>
/// <param name="ServiceType">The receiving service's type code (recovery-service-type), e.g. "mental-health".</param>
/// <param name="OrganisationOds">The receiving organisation's ODS code, when known.</param>
/// <param name="OrganisationReference">The receiving organisation as a literal reference ("Organization/x"), when known.</param>
/// <param name="At">When the disclosure happens; consents and provisions apply by their periods.</param>
public sealed record ShareRequest(string ServiceType, string? OrganisationOds, string? OrganisationReference, DateTimeOffset At);
