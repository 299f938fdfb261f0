using System.Threading.Channels;

namespace FhirRecovery.Routing.Outbox;

/// <summary>
/// Group commit: SQLite has one writer and each durable commit costs an fsync, so concurrent writes (outbox acceptances,
/// audit records) are gathered and written in one transaction by <paramref name="writeBatch"/>, which returns one result
/// per request in order. Every caller still returns only after its own row is committed (synchronous=FULL), and
/// throughput grows with concurrency instead of being capped at one fsync per write.
/// </summary>
public sealed class GroupCommit<TRequest, TResult>(Func<IReadOnlyList<TRequest>, CancellationToken, Task<IReadOnlyList<TResult>>> writeBatch, int maxBatch)
    : IDisposable
{
    private readonly Channel<Pending> _pending = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _startLock = new();
    private Task? _writer;

    /// <summary>Joins the next batch; completes once the batch holding <paramref name="request"/> is committed.</summary>
    public Task<TResult> EnqueueAsync(TRequest request, CancellationToken cancellationToken)
    {
        EnsureWriter();
        var pending = new Pending(request, new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!_pending.Writer.TryWrite(pending), this);

        // A cancelled caller stops waiting, but its write may still be committed (for the outbox a retry with the same key is safe).
        return pending.Completion.Task.WaitAsync(cancellationToken);
    }

    public void Dispose() => _pending.Writer.TryComplete();

    private void EnsureWriter()
    {
        if (_writer is not null)
        {
            return;
        }

        lock (_startLock)
        {
            _writer ??= Task.Run(WriteLoopAsync);
        }
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<Pending>(maxBatch);
        while (await _pending.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < maxBatch && _pending.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                var results = await writeBatch([.. batch.Select(p => p.Request)], CancellationToken.None);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Completion.TrySetResult(results[i]);
                }
            }
#pragma warning disable CA1031 // The failure belongs to the callers of this batch; the loop must keep serving later ones.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                foreach (var pending in batch)
                {
                    pending.Completion.TrySetException(ex);
                }
            }
        }
    }

    private sealed record Pending(TRequest Request, TaskCompletionSource<TResult> Completion);
}
