using FhirRecovery.Gateway.Audit;
using FhirRecovery.Routing.Audit;
using FhirRecovery.Routing.Outbox;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>
/// The audit sink of the hot paths (proxied reads, synchronous deliveries, acceptances, the worker's attempts):
/// concurrent records are written in one transaction, so a durable audit costs one fsync per batch instead of one per
/// request. Each caller still returns only once its own record is committed: nothing is audited "later".
/// A proxied read's record is committed without waiting for the disk when
/// <see cref="OutboxSettings.ProxiedReadAuditSyncInterval"/> is set: a read answers in well under one fsync, and at
/// 16 concurrent readers the wait for the disk, not the gateway's work, capped the reads per second. Such a record
/// survives a crash of the gateway; <see cref="UnsyncedAuditFlusher"/> syncs it within the interval.
/// </summary>
internal sealed class GroupCommitAuditSink : IAuditSink, IDisposable
{
    private readonly AuditBatchWriter _syncedWriter;
    private readonly AuditBatchWriter _unsyncedWriter;
    private readonly GroupCommit<AuditRecord, bool> _synced;
    private readonly GroupCommit<AuditRecord, bool>? _unsynced;
    private int _unsyncedWritten;

    public GroupCommitAuditSink(RelationalAuditStore store, IOptions<OutboxSettings> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _syncedWriter = new AuditBatchWriter(store, synced: true);
        _unsyncedWriter = new AuditBatchWriter(store, synced: false);
        _synced = new GroupCommit<AuditRecord, bool>(async (records, ct) =>
        {
            await _syncedWriter.WriteAsync(records, ct);
            return [.. records.Select(_ => true)];
        }, maxBatch: 256);
        if (settings.Value.ProxiedReadAuditSyncInterval > TimeSpan.Zero)
        {
            _unsynced = new GroupCommit<AuditRecord, bool>(async (records, ct) =>
            {
                await _unsyncedWriter.WriteAsync(records, ct);
                Volatile.Write(ref _unsyncedWritten, 1);
                return [.. records.Select(_ => true)];
            }, maxBatch: 256);
        }
    }

    public Task WriteAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        var queue = record.Action == AuditAction.ProxiedRead && _unsynced is { } unsynced ? unsynced : _synced;
        return queue.EnqueueAsync(record, cancellationToken);
    }

    /// <summary>True once, after records were committed unsynced since the last call: the flusher's cue.</summary>
    public bool TakeUnsynced() => Interlocked.Exchange(ref _unsyncedWritten, 0) == 1;

    /// <summary>Asks for a sync at the next tick (the last one failed).</summary>
    public void MarkUnsynced() => Volatile.Write(ref _unsyncedWritten, 1);

    /// <summary>Ends both queues (batches already taken finish on their own) and gives back the writers' connections.</summary>
    public void Dispose()
    {
        _synced.Dispose();
        _unsynced?.Dispose();
        _syncedWriter.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _unsyncedWriter.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
