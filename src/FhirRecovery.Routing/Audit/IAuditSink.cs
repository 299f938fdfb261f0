namespace FhirRecovery.Routing.Audit;

/// <summary>Where audit records go (the host stores them as AuditEvents). A failing sink never fails a delivery.</summary>
public interface IAuditSink
{
    Task WriteAsync(AuditRecord record, CancellationToken cancellationToken);
}
