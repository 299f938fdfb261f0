using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace FhirRecovery.Routing.Outbox.Sqlite;

/// <summary>
/// Group commit for everything written to one SQLite file: the outbox's acceptances, claims and deliveries and the
/// audit records beside them. SQLite has one writer and every durable commit costs an fsync (about 300 us of kernel CPU
/// on the load-run machine), so writes made at the same time share one transaction on one long-lived connection, each
/// kind (a <see cref="SqliteWriteLane{TRequest, TResult}"/>) as one batch with its statements prepared once: a failing
/// batch fails only its own callers (the transaction is written again without it). Before, each kind had a group commit of its own: an acceptance, its audit record, a claim and
/// a delivery each took the file's write lock for a transaction and an fsync of their own, and queued for it.
/// Every caller still returns only once the transaction holding its write is committed (synchronous = FULL).
/// </summary>
public sealed class SqliteCommitGroup : IDisposable
{
    private readonly string _connectionString;
    private readonly int _maxBatch;
    private readonly Channel<IPendingWrite> _pending = Channel.CreateUnbounded<IPendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _startLock = new();
    private Task? _writer;

    public SqliteCommitGroup(string connectionString, int maxBatch = 512)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatch, 1);
        _connectionString = connectionString;
        _maxBatch = maxBatch;
    }

    /// <summary>A kind of write: <paramref name="writeBatch"/> writes a batch of requests inside the shared transaction
    /// (every command needs the transaction it is given) and returns one result per request, in order. A lane that is
    /// not <paramref name="synced"/> (proxied reads' audit records) may be committed without an fsync: a transaction
    /// holding only such writes is committed with <c>synchronous = NORMAL</c> (it survives a crash of the process, and
    /// the next synced commit or checkpoint puts it on disk); one holding any synced write is synced whole.</summary>
    public SqliteWriteLane<TRequest, TResult> AddLane<TRequest, TResult>(
        Func<SqliteConnection, SqliteTransaction, IReadOnlyList<TRequest>, CancellationToken, Task<IReadOnlyList<TResult>>> writeBatch,
        bool synced = true)
    {
        ArgumentNullException.ThrowIfNull(writeBatch);
        return new SqliteWriteLane<TRequest, TResult>(this, writeBatch, synced);
    }

    /// <summary>Stops accepting writes; those already queued are still written, then the connection is closed.</summary>
    public void Dispose() => _pending.Writer.TryComplete();

    internal void Enqueue(IPendingWrite write)
    {
        if (_writer is null)
        {
            lock (_startLock)
            {
                _writer ??= Task.Run(WriteLoopAsync);
            }
        }

        ObjectDisposedException.ThrowIf(!_pending.Writer.TryWrite(write), this);
    }

    private async Task WriteLoopAsync()
    {
        SqliteConnection? connection = null;
        var connectionSynced = true;
        var lanes = new List<ISqliteWriteLane>();
        try
        {
            while (await _pending.Reader.WaitToReadAsync())
            {
                lanes.Clear();
                for (var count = 0; count < _maxBatch && _pending.Reader.TryRead(out var write); count++)
                {
                    if (write.Lane.Add(write))
                    {
                        lanes.Add(write.Lane);
                    }
                }

                (connection, connectionSynced) = await WriteBatchAsync(connection, connectionSynced, lanes);
            }
        }
        finally
        {
            await ReleaseAsync(connection, connectionSynced);
        }
    }

    /// <summary>Closes the group's connection. The pool keeps native connections, with their settings, for
    /// <see cref="DurableSqlite"/> to hand out again: one left at <c>synchronous = NORMAL</c> is put back to FULL, or
    /// kept out of the pool when that fails.</summary>
    private static async Task ReleaseAsync(SqliteConnection? connection, bool connectionSynced)
    {
        if (connection is null)
        {
            return;
        }

        if (!connectionSynced)
        {
            try
            {
                await using var level = connection.CreateCommand();
                level.CommandText = "PRAGMA synchronous = FULL;";
                await level.ExecuteNonQueryAsync(CancellationToken.None);
            }
#pragma warning disable CA1031 // Whatever failed, the connection must not be pooled with a weaker setting.
            catch (Exception)
#pragma warning restore CA1031
            {
                SqliteConnection.ClearPool(connection);
            }
        }

        await connection.DisposeAsync();
    }

    /// <summary>Writes one batch; returns the connection to keep using (and whether it commits synced), or null when it
    /// failed (a fresh one is opened for the next batch: after an I/O error the old one is not trusted).</summary>
    private async Task<(SqliteConnection? Connection, bool Synced)> WriteBatchAsync(SqliteConnection? connection, bool connectionSynced,
        List<ISqliteWriteLane> lanes)
    {
        while (lanes.Count > 0)
        {
            ISqliteWriteLane? failedLane = null;
            try
            {
                if (connection is null)
                {
                    connection = await DurableSqlite.OpenAsync(_connectionString, CancellationToken.None);
                    connectionSynced = true;
                }

                // The safety level cannot change inside a transaction; it is set only when the batch needs another one.
                var synced = lanes.Exists(lane => lane.Synced);
                if (synced != connectionSynced)
                {
                    await using var level = connection.CreateCommand();
                    level.CommandText = synced ? "PRAGMA synchronous = FULL;" : "PRAGMA synchronous = NORMAL;";
                    await level.ExecuteNonQueryAsync(CancellationToken.None);
                    connectionSynced = synced;
                }

                await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(CancellationToken.None)) // IMMEDIATE
                {
                    foreach (var lane in lanes)
                    {
                        failedLane = lane;
                        await lane.WriteAsync(connection, transaction);
                    }

                    failedLane = null;
                    await transaction.CommitAsync(CancellationToken.None);
                }

                foreach (var lane in lanes)
                {
                    lane.Complete(null);
                }

                return (connection, connectionSynced);
            }
#pragma warning disable CA1031 // The failure belongs to the callers of this batch; the loop must keep serving later ones.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                if (failedLane is not null && lanes.Count > 1)
                {
                    // One kind of write failed (the transaction is rolled back): it fails its own callers only, and the
                    // other kinds are written again without it. No savepoint per kind: in the common case, nothing fails,
                    // a savepoint would cost a statement journal of every page the kind touched.
                    failedLane.Complete(exception);
                    lanes.Remove(failedLane);
                    continue;
                }

                foreach (var lane in lanes)
                {
                    lane.Complete(exception);
                }

                await ReleaseAsync(connection, connectionSynced);
                return (null, true);
            }
        }

        return (connection, connectionSynced);
    }
}
