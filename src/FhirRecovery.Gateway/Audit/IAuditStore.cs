using FhirRecovery.Routing.Audit;

namespace FhirRecovery.Gateway.Audit;

/// <summary>The audit trail: the routing library's sink, plus the schema and the operators' search.</summary>
internal interface IAuditStore : IAuditSink
{
    Task InitializeAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredAuditRecord>> SearchAsync(AuditQuery query, CancellationToken cancellationToken);
}
