using System.Threading.Channels;

namespace FhirRecovery.Routing.Outbox.Sqlite;

/// <summary>
/// Group commit for SQLite acceptances. SQLite has one writer and each durable commit costs an fsync, so concurrent
/// enqueues are gathered and written in one transaction: every caller still returns only after its row is committed
/// with synchronous=FULL, and throughput grows with concurrency instead of being capped at one fsync per message.
/// </summary>
internal sealed class GroupCommitQueue(Func<IReadOnlyList<OutboxEnqueueRequest>, CancellationToken, Task<IReadOnlyList<EnqueueResult>>> writeBatch, int maxBatch)
    : IDisposable
{
    private readonly Channel<Pending> _pending = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lock _startLock = new();
    private Task? _writer;

    public Task<EnqueueResult> EnqueueAsync(OutboxEnqueueRequest request, CancellationToken cancellationToken)
    {
        RelationalOutbox.Check(request);
        EnsureWriter();
        var pending = new Pending(request, new TaskCompletionSource<EnqueueResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        ObjectDisposedException.ThrowIf(!_pending.Writer.TryWrite(pending), this);

        // A cancelled caller stops waiting, but its message may still be committed; a retry with the same key is safe.
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

    private sealed record Pending(OutboxEnqueueRequest Request, TaskCompletionSource<EnqueueResult> Completion);
}
