using Microsoft.Data.Sqlite;

namespace FhirRecovery.Routing.Outbox.Sqlite;

/// <summary>
/// Opens a SQLite connection the way every durable store of the gateway needs it (outbox, audit, pathway records).
/// <c>synchronous = FULL</c> makes each commit durable against power loss, not only against a process crash; the busy
/// handler makes a writer that finds the file locked wait in short steps, instead of Microsoft.Data.Sqlite's retry,
/// which blocks a thread-pool thread for 150 ms per attempt. Temporary storage in memory keeps statement journals
/// (a multi-row UPDATE inside a transaction, such as the worker's claim, or a savepoint) off the disk: beyond 64 KiB
/// SQLite otherwise spills them to a temporary file, created, written and deleted each time. All are per connection,
/// so every open sets them.
/// </summary>
public static class DurableSqlite
{
    public static async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000; PRAGMA temp_store = MEMORY;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
