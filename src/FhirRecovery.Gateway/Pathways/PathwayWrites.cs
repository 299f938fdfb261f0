using System.Runtime.ExceptionServices;
using FhirRecovery.Routing.Outbox;
using Microsoft.Data.Sqlite;

namespace FhirRecovery.Gateway.Pathways;

/// <summary>
/// Group commit for the pathway database, as the outbox's acceptances have: writes made at the same time (a record per
/// accepted handover, its review flags, acknowledgements, withheld marks) share one transaction and one fsync, each
/// in its own savepoint, so a failing write fails only its own caller. Every caller still returns only once the
/// transaction holding its write is committed. Without it each accepted handover took the file's write lock for its
/// own fsync, one after another: the load runs' store-and-forward acceptances queued behind them.
/// </summary>
internal sealed class PathwayWrites : IDisposable
{
    private const string Savepoint = "pathway_write";
    private readonly Func<CancellationToken, Task<SqliteConnection>> _open;
    private readonly GroupCommit<Write, Written> _commits;

    public PathwayWrites(Func<CancellationToken, Task<SqliteConnection>> open)
    {
        _open = open;
        _commits = new GroupCommit<Write, Written>(WriteBatchAsync, maxBatch: 256);
    }

    /// <summary>A write run inside the shared transaction (every command on <c>connection</c> needs
    /// <c>transaction</c>); returns once it is committed, or throws what the write threw.</summary>
    public async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        var written = await _commits.EnqueueAsync(async (connection, transaction) => await write(connection, transaction), cancellationToken);
        if (written.Error is not null)
        {
            ExceptionDispatchInfo.Throw(written.Error);
        }

        return (T)written.Value!;
    }

    public void Dispose() => _commits.Dispose();

    private async Task<IReadOnlyList<Written>> WriteBatchAsync(IReadOnlyList<Write> writes, CancellationToken cancellationToken)
    {
        await using var connection = await _open(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var results = new Written[writes.Count];
        for (var i = 0; i < writes.Count; i++)
        {
            await transaction.SaveAsync(Savepoint, cancellationToken);
            try
            {
                results[i] = new Written(await writes[i](connection, transaction), null);
            }
#pragma warning disable CA1031 // The failure belongs to that write's caller; the batch's other writes still commit.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                await transaction.RollbackAsync(Savepoint, cancellationToken);
                results[i] = new Written(null, exception);
            }

            await transaction.ReleaseAsync(Savepoint, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return results;
    }

    private delegate Task<object?> Write(SqliteConnection connection, SqliteTransaction transaction);

    private sealed record Written(object? Value, Exception? Error);
}
