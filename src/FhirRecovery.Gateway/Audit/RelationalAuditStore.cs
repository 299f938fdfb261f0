using System.Data.Common;
using FhirRecovery.Routing.Audit;

namespace FhirRecovery.Gateway.Audit;

/// <summary>
/// Audit records in the outbox's own database (SQLite file or PostgreSQL schema), so one backup holds both. The SQL
/// is the common subset of both dialects; only the table name and the schema lock differ. Holds ids, kinds and
/// outcomes only: the <see cref="AuditRecord"/> carries no clinical content.
/// </summary>
internal sealed class RelationalAuditStore(
    Func<CancellationToken, ValueTask<DbConnection>> open, string table, string? initLockSql, AuditCommitSql commits) : IAuditStore
{
    private const string Columns =
        "id, recorded_ms, action, outcome, agent, sender_id, receiver_endpoint_id, receiver_organization_id, message_id, payload_kind, correlation_id, attempt, detail";

    private static readonly string[] s_insertParameters =
        ["@id", "@recorded", "@action", "@outcome", "@agent", "@sender", "@endpoint", "@organization", "@message", "@kind", "@correlation", "@attempt", "@detail"];

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // PostgreSQL: replicas starting together would race on CREATE TABLE IF NOT EXISTS; the lock serialises them.
        var sql = (initLockSql ?? string.Empty) + $"""
            CREATE TABLE IF NOT EXISTS {table} (
              id TEXT PRIMARY KEY, recorded_ms BIGINT NOT NULL, action TEXT NOT NULL, outcome INTEGER NOT NULL, agent TEXT NOT NULL,
              sender_id TEXT, receiver_endpoint_id TEXT, receiver_organization_id TEXT, message_id TEXT, payload_kind TEXT,
              correlation_id TEXT, attempt INTEGER, detail TEXT);
            CREATE INDEX IF NOT EXISTS audit_event_recorded ON {table} (recorded_ms);
            """;
        await using var command = Command(connection, sql);
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task WriteAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var connection = await open(cancellationToken);
        await using var command = InsertCommand(connection, null);
        await InsertAsync(command, record, cancellationToken);
    }

    /// <summary>A connection of the store's, for <see cref="AuditBatchWriter"/> to keep from batch to batch.</summary>
    internal ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) => open(cancellationToken);

    /// <summary>One batch in one transaction (one commit, one fsync; with <paramref name="synced"/> false the commit does
    /// not wait for the disk where the database allows it per transaction, see <see cref="AuditCommitSql"/>). One command serves every batch of a connection
    /// (<see cref="AuditBatchWriter"/>): its statement is prepared once and only the parameter values change.</summary>
    internal async Task WriteBatchAsync(DbConnection connection, DbCommand insert, IReadOnlyList<AuditRecord> records, bool synced,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(insert);
        ArgumentNullException.ThrowIfNull(records);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (!synced)
        {
            await ExecuteAsync(connection, transaction, commits.InTransaction, cancellationToken);
        }

        insert.Transaction = transaction;
        await InsertAllAsync(insert, records, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        insert.Transaction = null;
    }

    /// <summary>Writes several records inside the caller's transaction (the outbox file's shared group commit on SQLite).</summary>
    public async Task WriteBatchInAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        await using var command = InsertCommand(connection, transaction);
        await InsertAllAsync(command, records, cancellationToken);
    }

    /// <summary>Syncs every audit record committed unsynced so far to disk.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (commits.Flush is null)
        {
            return;
        }

        await using var connection = await open(cancellationToken);
        await ExecuteAsync(connection, null, commits.Flush, cancellationToken);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string? sql, CancellationToken cancellationToken)
    {
        if (sql is null)
        {
            return;
        }

        await using var command = Command(connection, sql);
        command.Transaction = transaction;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    internal DbCommand InsertCommand(DbConnection connection, DbTransaction? transaction)
    {
        var command = Command(connection, $"""
            INSERT INTO {table} ({Columns}) VALUES
            (@id, @recorded, @action, @outcome, @agent, @sender, @endpoint, @organization, @message, @kind, @correlation, @attempt, @detail)
            """);
        command.Transaction = transaction;
        foreach (var name in s_insertParameters)
        {
            Add(command, name, null);
        }

        return command;
    }

    private static async Task InsertAllAsync(DbCommand command, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        foreach (var record in records)
        {
            await InsertAsync(command, record, cancellationToken);
        }
    }

    private static async Task InsertAsync(DbCommand command, AuditRecord record, CancellationToken cancellationToken)
    {
        var values = command.Parameters;
        // Time-ordered ids: each insert lands at the end of the primary key's B-tree, not at a random page.
        values[0].Value = Guid.CreateVersion7(record.Recorded).ToString("N");
        values[1].Value = record.Recorded.ToUnixTimeMilliseconds();
        values[2].Value = record.Action.ToString();
        values[3].Value = (int)record.Outcome;
        values[4].Value = record.Agent;
        values[5].Value = (object?)record.SenderId ?? DBNull.Value;
        values[6].Value = (object?)record.ReceiverEndpointId ?? DBNull.Value;
        values[7].Value = (object?)record.ReceiverOrganizationId ?? DBNull.Value;
        values[8].Value = (object?)record.MessageId ?? DBNull.Value;
        values[9].Value = (object?)record.PayloadKind ?? DBNull.Value;
        values[10].Value = (object?)record.CorrelationId ?? DBNull.Value;
        values[11].Value = (object?)record.Attempt ?? DBNull.Value;
        values[12].Value = (object?)record.Detail ?? DBNull.Value;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<StoredAuditRecord>> SearchAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await open(cancellationToken);
        await using var command = Command(connection, string.Empty);
        var where = new List<string>();
        if (query.From is { } from)
        {
            where.Add("recorded_ms >= @from");
            Add(command, "@from", from.ToUnixTimeMilliseconds());
        }

        if (query.To is { } to)
        {
            where.Add("recorded_ms <= @to");
            Add(command, "@to", to.ToUnixTimeMilliseconds());
        }

        if (query.Entity is { } entity)
        {
            where.Add("(message_id = @entity OR receiver_endpoint_id = @entity OR receiver_organization_id = @entity OR sender_id = @entity)");
            Add(command, "@entity", entity);
        }

        if (query.Outcome is { } outcome)
        {
            where.Add("outcome = @outcome");
            Add(command, "@outcome", (int)outcome);
        }

        Add(command, "@limit", query.Limit);
        command.CommandText = $"SELECT {Columns} FROM {table}"
            + (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : string.Empty)
            + " ORDER BY recorded_ms DESC, id LIMIT @limit";
        var found = new List<StoredAuditRecord>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new StoredAuditRecord(reader.GetString(0), new AuditRecord(
                DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)),
                Enum.Parse<AuditAction>(reader.GetString(2)),
                (AuditOutcome)reader.GetInt32(3),
                reader.GetString(4),
                Text(reader, 5), Text(reader, 6), Text(reader, 7), Text(reader, 8), Text(reader, 9), Text(reader, 10),
                reader.IsDBNull(11) ? null : reader.GetInt32(11),
                Text(reader, 12))));
        }

        return found;
    }

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

#pragma warning disable CA2100 // The SQL is built from constants and the validated table name; values are parameters.
    private static DbCommand Command(DbConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }
#pragma warning restore CA2100

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
