using FhirRecovery.Routing.Audit;

namespace FhirRecovery.Gateway.Audit;

/// <summary>An audit record as stored, with the id it was given.</summary>
internal sealed record StoredAuditRecord(string Id, AuditRecord Record);
