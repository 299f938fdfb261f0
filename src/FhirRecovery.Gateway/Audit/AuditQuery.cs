using FhirRecovery.Routing.Audit;

namespace FhirRecovery.Gateway.Audit;

/// <summary>The AuditEvent search the operators have: a time window, one entity (message, endpoint, organisation or
/// sender id) and an outcome.</summary>
internal sealed record AuditQuery(DateTimeOffset? From, DateTimeOffset? To, string? Entity, AuditOutcome? Outcome, int Limit);
