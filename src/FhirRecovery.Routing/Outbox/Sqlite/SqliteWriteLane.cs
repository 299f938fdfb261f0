using Microsoft.Data.Sqlite;

namespace FhirRecovery.Routing.Outbox.Sqlite;

/// <summary>One kind of write on a <see cref="SqliteCommitGroup"/> (outbox acceptances, audit records, ...): the requests
/// that arrive while a transaction is being written are written together, as one batch, in the next one.</summary>
public sealed class SqliteWriteLane<TRequest, TResult> : ISqliteWriteLane
{
    private readonly SqliteCommitGroup _queue;
    private readonly Func<SqliteConnection, SqliteTransaction, IReadOnlyList<TRequest>, CancellationToken, Task<IReadOnlyList<TResult>>> _writeBatch;

    // Touched only by the queue's single write loop.
    private readonly List<Pending> _batch = [];
    private readonly List<TRequest> _requests = [];
    private IReadOnlyList<TResult>? _results;

    internal SqliteWriteLane(
        SqliteCommitGroup queue, Func<SqliteConnection, SqliteTransaction, IReadOnlyList<TRequest>, CancellationToken, Task<IReadOnlyList<TResult>>> writeBatch,
        bool synced)
    {
        _queue = queue;
        _writeBatch = writeBatch;
        Synced = synced;
    }

    public bool Synced { get; }

    /// <summary>Joins the next transaction; completes once it is committed, or with its failure.</summary>
    public Task<TResult> WriteAsync(TRequest request, CancellationToken cancellationToken)
    {
        var pending = new Pending(this, request, new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        _queue.Enqueue(pending);

        // A cancelled caller stops waiting, but its write may still be committed (for the outbox a retry with the same key is safe).
        return pending.Completion.Task.WaitAsync(cancellationToken);
    }

    bool ISqliteWriteLane.Add(IPendingWrite write)
    {
        var pending = (Pending)write;
        _batch.Add(pending);
        _requests.Add(pending.Request);
        return _batch.Count == 1;
    }

    async Task ISqliteWriteLane.WriteAsync(SqliteConnection connection, SqliteTransaction transaction)
    {
        var results = await _writeBatch(connection, transaction, _requests, CancellationToken.None);
        if (results.Count != _requests.Count)
        {
            throw new InvalidOperationException($"A write batch returned {results.Count} results for {_requests.Count} requests.");
        }

        _results = results;
    }

    void ISqliteWriteLane.Complete(Exception? failure)
    {
        for (var i = 0; i < _batch.Count; i++)
        {
            if (failure is null)
            {
                _batch[i].Completion.TrySetResult(_results![i]);
            }
            else
            {
                _batch[i].Completion.TrySetException(failure);
            }
        }

        _batch.Clear();
        _requests.Clear();
        _results = null;
    }

    private sealed record Pending(SqliteWriteLane<TRequest, TResult> Owner, TRequest Request, TaskCompletionSource<TResult> Completion) : IPendingWrite
    {
        public ISqliteWriteLane Lane => Owner;
    }
}
