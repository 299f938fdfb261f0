using System.Data.Common;
using FhirRecovery.Routing.Audit;

namespace FhirRecovery.Gateway.Audit;

/// <summary>
/// The writer behind one group-commit queue of audit records: it keeps its connection and its prepared insert from
/// batch to batch, so a batch costs its transaction and its rows, not an open, the connection's pragmas and a prepare.
/// A failed batch drops the connection; the next batch opens a fresh one. Closing waits for a batch in progress.
/// </summary>
internal sealed class AuditBatchWriter(RelationalAuditStore store, bool synced) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DbConnection? _connection;
    private DbCommand? _insert;

    public async Task WriteAsync(IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_connection is null || _insert is null)
            {
                _connection = await store.OpenConnectionAsync(cancellationToken);
                _insert = store.InsertCommand(_connection, null);
            }

            await store.WriteBatchAsync(_connection, _insert, records, synced, cancellationToken);
        }
        catch
        {
            await CloseAsync();
            throw;
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            await CloseAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task CloseAsync()
    {
        var connection = _connection;
        var insert = _insert;
        _connection = null;
        _insert = null;
        if (insert is not null)
        {
            await insert.DisposeAsync();
        }

        if (connection is not null)
        {
            await connection.DisposeAsync();
        }
    }
}
