using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace FhirRecovery.Routing.Outbox.Sqlite;

/// <summary>
/// Opens a SQLite connection the way every durable store of the gateway needs it (outbox, audit, pathway records).
/// <c>synchronous = FULL</c> makes each commit durable against power loss, not only against a process crash; the busy
/// handler makes a writer that finds the file locked wait in short steps, instead of Microsoft.Data.Sqlite's retry,
/// which blocks a thread-pool thread for 150 ms per attempt. Temporary storage in memory keeps statement journals
/// (a multi-row UPDATE inside a transaction, such as the worker's claim, or a savepoint) off the disk: beyond 64 KiB
/// SQLite otherwise spills them to a temporary file, created, written and deleted each time.
/// </summary>
public static class DurableSqlite
{
    // The settings belong to the native connection, which the pool keeps open between uses: they are set once per
    // native connection, not on every open (a statement parsed and run per open, several times per accepted message).
    private static readonly ConditionalWeakTable<object, object> s_configured = [];

    public static async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (s_configured.TryGetValue(connection.Handle!, out _))
            {
                return connection;
            }

            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000; PRAGMA temp_store = MEMORY;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            s_configured.AddOrUpdate(connection.Handle!, s_configured);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
