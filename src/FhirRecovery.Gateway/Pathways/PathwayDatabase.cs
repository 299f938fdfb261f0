using FhirRecovery.Routing.Outbox.Sqlite;
using Microsoft.Data.Sqlite;

namespace FhirRecovery.Gateway.Pathways;

/// <summary>
/// The pathway database: one SQLite file holding what the gateway learns about handovers (acknowledgement, first
/// appointment, flag, superseding) and the review flags of accepted messages, keyed by the outbox message id. It holds
/// no message body: the outbox keeps those. Time comes from the caller (TimeProvider), as Unix milliseconds.
/// </summary>
internal sealed class PathwayDatabase : IDisposable
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS handover (
            message_id TEXT PRIMARY KEY,
            handover_key TEXT NOT NULL,
            sender_id TEXT NOT NULL,
            receiver_organization_id TEXT NOT NULL,
            bundle_identifier TEXT,
            header_id TEXT,
            release_at INTEGER NOT NULL,
            accepted_at INTEGER NOT NULL,
            acknowledged_at INTEGER,
            acknowledgement_code TEXT,
            first_appointment TEXT,
            flagged_at INTEGER,
            superseded_by TEXT,
            withheld_at INTEGER);
        -- Superseding looks only at the handovers still current: O(1) however many corrections one person had.
        DROP INDEX IF EXISTS handover_by_key;
        CREATE INDEX IF NOT EXISTS handover_open_by_key ON handover (handover_key, sender_id) WHERE superseded_by IS NULL;
        CREATE INDEX IF NOT EXISTS handover_by_identifier ON handover (bundle_identifier);
        CREATE TABLE IF NOT EXISTS review_flag (
            message_id TEXT NOT NULL,
            code TEXT NOT NULL,
            text TEXT NOT NULL,
            expression TEXT NOT NULL,
            PRIMARY KEY (message_id, code, expression));
        """;

    private readonly string _path;
    private readonly string _connectionString;
    private readonly Lazy<Task> _initialized;
    private readonly PathwayWrites _writes;

    public PathwayDatabase(string path)
    {
        _path = path;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30 }.ToString();
        _initialized = new(CreateSchemaAsync);
        _writes = new PathwayWrites(OpenAsync);
    }

    /// <summary>Creates the schema (once per process; the start-up calls it so a broken path stops the start).</summary>
    public Task InitializeAsync(CancellationToken cancellationToken) => _initialized.Value.WaitAsync(cancellationToken);

    /// <summary>An open connection; the schema exists (the delivery worker may ask before the start-up step ran).</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await OpenRawAsync(cancellationToken);
    }

    /// <summary>Runs <paramref name="write"/> in a transaction shared with the writes made at the same time (group
    /// commit); returns once that transaction is committed.</summary>
    public Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> write, CancellationToken cancellationToken) =>
        _writes.WriteAsync(write, cancellationToken);

    public void Dispose() => _writes.Dispose();

    private async Task CreateSchemaAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
        await using var connection = await OpenRawAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = Schema;
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }

    // As the outbox's connections: each commit flushed (the handover's facts, acknowledgement and flag, are kept
    // nowhere else) and a locked file waited on in SQLite's busy handler (the load runs found handovers queuing behind
    // Microsoft.Data.Sqlite's 150 ms sleeps).
    private Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken) => DurableSqlite.OpenAsync(_connectionString, cancellationToken);

    public static SqliteCommand Command(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters) =>
        Command(connection, null, sql, parameters);

    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
