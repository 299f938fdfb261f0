using FhirRecovery.Gateway.Audit;
using FhirRecovery.Routing.Audit;
using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.Outbox.Sqlite;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>
/// The audit sink of the hot paths (proxied reads, synchronous deliveries, acceptances, the worker's attempts):
/// concurrent records are written in one transaction, so a durable audit costs one fsync per batch instead of one per
/// request. On SQLite the audit trail lives in the outbox's file, so its records join the outbox's own group commit
/// (<see cref="SqliteOutboxStore.Writes"/>): acceptances, their audit records, claims and deliveries share transactions
/// instead of taking the file's write lock, and an fsync, in turn. Each caller still returns only once its own record
/// is committed: nothing is audited "later".
/// </summary>
internal sealed class GroupCommitAuditSink : IAuditSink, IDisposable
{
    private readonly SqliteWriteLane<AuditRecord, bool>? _sharedCommit;
    private readonly GroupCommit<AuditRecord, bool>? _ownCommit;

    public GroupCommitAuditSink(RelationalAuditStore store, IOutboxStore outbox)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (outbox is SqliteOutboxStore sqlite)
        {
            _sharedCommit = sqlite.Writes.AddLane<AuditRecord, bool>(async (connection, transaction, records, ct) =>
            {
                await store.WriteBatchInAsync(connection, transaction, records, ct);
                return AllWritten(records.Count);
            });
        }
        else
        {
            _ownCommit = new GroupCommit<AuditRecord, bool>(async (records, ct) =>
            {
                await store.WriteBatchAsync(records, ct);
                return AllWritten(records.Count);
            }, maxBatch: 256);
        }
    }

    public Task WriteAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _sharedCommit is not null ? _sharedCommit.WriteAsync(record, cancellationToken) : _ownCommit!.EnqueueAsync(record, cancellationToken);
    }

    public void Dispose() => _ownCommit?.Dispose();

    private static bool[] AllWritten(int count)
    {
        var written = new bool[count];
        Array.Fill(written, true);
        return written;
    }
}
