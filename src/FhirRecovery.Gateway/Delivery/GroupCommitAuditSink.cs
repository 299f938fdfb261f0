using FhirRecovery.Gateway.Audit;
using FhirRecovery.Routing.Audit;
using FhirRecovery.Routing.Outbox;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>
/// The audit sink of the hot paths (proxied reads, synchronous deliveries, acceptances, the worker's attempts):
/// concurrent records are written in one transaction, so a durable audit costs one fsync per batch instead of one per
/// request. Each caller still returns only once its own record is committed: nothing is audited "later".
/// </summary>
internal sealed class GroupCommitAuditSink : IAuditSink, IDisposable
{
    private readonly GroupCommit<AuditRecord, bool> _queue;

    public GroupCommitAuditSink(RelationalAuditStore store)
    {
        _queue = new GroupCommit<AuditRecord, bool>(async (records, ct) =>
        {
            await store.WriteBatchAsync(records, ct);
            return [.. records.Select(_ => true)];
        }, maxBatch: 256);
    }

    public Task WriteAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _queue.EnqueueAsync(record, cancellationToken);
    }

    public void Dispose() => _queue.Dispose();
}
