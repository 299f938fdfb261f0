using FhirRecovery.Gateway.Audit;
using FhirRecovery.Routing.Audit;
using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.Outbox.Sqlite;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>
/// The audit sink of the hot paths (proxied reads, synchronous deliveries, acceptances, the worker's attempts):
/// concurrent records are written in one transaction, so a durable audit costs one fsync per batch instead of one per
/// request. On SQLite the audit trail lives in the outbox's file, so its records join the outbox's own group commit
/// (<see cref="SqliteOutboxStore.Writes"/>): acceptances, their audit records, claims and deliveries share transactions
/// instead of taking the file's write lock, and an fsync, in turn. On PostgreSQL the records have group commits of
/// their own. Each caller still returns only once its own record is committed: nothing is audited "later".
/// A proxied read's record is committed without waiting for the disk when
/// <see cref="OutboxSettings.ProxiedReadAuditSyncInterval"/> is set: a read answers in well under one fsync, and at
/// 16 concurrent readers the wait for the disk, not the gateway's work, capped the reads per second. Such a record
/// survives a crash of the gateway; <see cref="UnsyncedAuditFlusher"/> syncs it within the interval.
/// </summary>
internal sealed class GroupCommitAuditSink : IAuditSink, IDisposable
{
    private readonly List<IDisposable> _queues = [];
    private readonly List<AuditBatchWriter> _writers = [];
    private readonly Func<AuditRecord, CancellationToken, Task> _synced;
    private readonly Func<AuditRecord, CancellationToken, Task>? _unsynced;
    private int _unsyncedWritten;

    public GroupCommitAuditSink(RelationalAuditStore store, IOutboxStore outbox, IOptions<OutboxSettings> settings)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(settings);
        var withUnsynced = settings.Value.ProxiedReadAuditSyncInterval > TimeSpan.Zero;
        if (outbox is SqliteOutboxStore sqlite)
        {
            _synced = SharedLane(sqlite, store, synced: true);
            _unsynced = withUnsynced ? SharedLane(sqlite, store, synced: false) : null;
        }
        else
        {
            _synced = OwnQueue(store, synced: true);
            _unsynced = withUnsynced ? OwnQueue(store, synced: false) : null;
        }
    }

    public Task WriteAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Action == AuditAction.ProxiedRead && _unsynced is { } unsynced
            ? WriteUnsyncedAsync(unsynced, record, cancellationToken)
            : _synced(record, cancellationToken);
    }

    /// <summary>True once, after records were committed unsynced since the last call: the flusher's cue.</summary>
    public bool TakeUnsynced() => Interlocked.Exchange(ref _unsyncedWritten, 0) == 1;

    /// <summary>Asks for a sync at the next tick (the last one failed).</summary>
    public void MarkUnsynced() => Volatile.Write(ref _unsyncedWritten, 1);

    /// <summary>Ends the own queues (batches already taken finish) and gives back their writers' connections.</summary>
    public void Dispose()
    {
        foreach (var queue in _queues)
        {
            queue.Dispose();
        }

        foreach (var writer in _writers)
        {
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private async Task WriteUnsyncedAsync(Func<AuditRecord, CancellationToken, Task> unsynced, AuditRecord record, CancellationToken cancellationToken)
    {
        await unsynced(record, cancellationToken);
        // After the commit, never before it: a flush between the two would leave this record unsynced and forgotten.
        MarkUnsynced();
    }

    private static Func<AuditRecord, CancellationToken, Task> SharedLane(SqliteOutboxStore sqlite, RelationalAuditStore store, bool synced)
    {
        var lane = sqlite.Writes.AddLane<AuditRecord, bool>(async (connection, transaction, records, ct) =>
        {
            await store.WriteBatchInAsync(connection, transaction, records, ct);
            return AllWritten(records.Count);
        }, synced);
        return lane.WriteAsync;
    }

    private Func<AuditRecord, CancellationToken, Task> OwnQueue(RelationalAuditStore store, bool synced)
    {
        var writer = new AuditBatchWriter(store, synced);
        var queue = new GroupCommit<AuditRecord, bool>(async (records, ct) =>
        {
            await writer.WriteAsync(records, ct);
            return AllWritten(records.Count);
        }, maxBatch: 256);
        _writers.Add(writer);
        _queues.Add(queue);
        return queue.EnqueueAsync;
    }

    private static bool[] AllWritten(int count)
    {
        var written = new bool[count];
        Array.Fill(written, true);
        return written;
    }
}
