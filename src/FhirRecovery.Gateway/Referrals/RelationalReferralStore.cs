using System.Data.Common;

namespace FhirRecovery.Gateway.Referrals;

/// <summary>
/// <see cref="IReferralStore"/> over SQLite or PostgreSQL: the common subset of both dialects (upsert with ON CONFLICT),
/// one table beside the outbox. The schema is created on first use, so the store needs no start-up hook of its own.
/// </summary>
internal sealed class RelationalReferralStore(Func<CancellationToken, ValueTask<DbConnection>> open, string table, string? initLockSql = null)
    : IReferralStore, IDisposable
{
    private const string Columns = "referral_id, referrer_org, referrer_ods, receiver_org, receiver_endpoint, message_id, sent_ms, "
        + "task_status, task_reason, task_updated_ms, task_body, task_content_type";

    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private volatile bool _schemaReady;

    public async Task<ReferralRecord?> FindAsync(string referralId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"SELECT {Columns} FROM {table} WHERE referral_id = @id", ("@id", referralId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? Read(reader) : null;
    }

    public async Task<bool> RecordReferralAsync(ReferralRecord referral, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"""
            INSERT INTO {table} AS r (referral_id, referrer_org, referrer_ods, receiver_org, receiver_endpoint, message_id, sent_ms)
            VALUES (@id, @referrer, @ods, @receiver, @endpoint, @message, @sent)
            ON CONFLICT (referral_id) DO UPDATE SET receiver_org = excluded.receiver_org, receiver_endpoint = excluded.receiver_endpoint,
                message_id = COALESCE(excluded.message_id, r.message_id), sent_ms = excluded.sent_ms
            WHERE r.referrer_org = excluded.referrer_org
            """,
            ("@id", referral.ReferralId), ("@referrer", referral.ReferrerOrganizationId), ("@ods", referral.ReferrerOds),
            ("@receiver", referral.ReceiverOrganizationId), ("@endpoint", referral.ReceiverEndpointId), ("@message", referral.MessageId),
            ("@sent", referral.SentAt.ToUnixTimeMilliseconds()));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task RecordTaskAsync(string referralId, string status, string? statusReason, DateTimeOffset at, string body, string contentType, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"""
            UPDATE {table} SET task_status = @status, task_reason = @reason, task_updated_ms = @at, task_body = @body, task_content_type = @type
            WHERE referral_id = @id
            """,
            ("@id", referralId), ("@status", status), ("@reason", statusReason), ("@at", at.ToUnixTimeMilliseconds()), ("@body", body), ("@type", contentType));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task RestoreAsync(ReferralRecord previous, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(previous);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"""
            UPDATE {table} SET receiver_org = @receiver, receiver_endpoint = @endpoint, message_id = @message, sent_ms = @sent,
                task_status = @status, task_reason = @reason, task_updated_ms = @at, task_body = @body, task_content_type = @type
            WHERE referral_id = @id
            """,
            ("@id", previous.ReferralId), ("@receiver", previous.ReceiverOrganizationId), ("@endpoint", previous.ReceiverEndpointId),
            ("@message", previous.MessageId), ("@sent", previous.SentAt.ToUnixTimeMilliseconds()), ("@status", previous.TaskStatus),
            ("@reason", previous.TaskStatusReason), ("@at", previous.TaskUpdatedAt?.ToUnixTimeMilliseconds()), ("@body", previous.TaskBody),
            ("@type", previous.TaskContentType));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task DeleteAsync(string referralId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, $"DELETE FROM {table} WHERE referral_id = @id", ("@id", referralId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await open(cancellationToken);
        if (!_schemaReady)
        {
            await _schemaLock.WaitAsync(cancellationToken);
            try
            {
                if (!_schemaReady)
                {
                    // PostgreSQL replicas starting together would race on CREATE TABLE IF NOT EXISTS; the lock serialises them.
                    await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                    await using var create = Command(connection, (initLockSql ?? string.Empty) + $"""
                        CREATE TABLE IF NOT EXISTS {table} (
                          referral_id TEXT PRIMARY KEY, referrer_org TEXT NOT NULL, referrer_ods TEXT NOT NULL, receiver_org TEXT NOT NULL,
                          receiver_endpoint TEXT NOT NULL, message_id TEXT, sent_ms BIGINT NOT NULL, task_status TEXT, task_reason TEXT,
                          task_updated_ms BIGINT, task_body TEXT, task_content_type TEXT)
                        """);
                    create.Transaction = transaction;
                    await create.ExecuteNonQueryAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    _schemaReady = true;
                }
            }
            finally
            {
                _schemaLock.Release();
            }
        }

        return connection;
    }

    public void Dispose() => _schemaLock.Dispose();

    private static ReferralRecord Read(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), Text(r, 5),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(6)), Text(r, 7), Text(r, 8),
        r.IsDBNull(9) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(9)), Text(r, 10), Text(r, 11));

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

#pragma warning disable CA2100 // The SQL is built from constants and the configured (validated) table name; values are parameters.
    private static DbCommand Command(DbConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
#pragma warning restore CA2100
}
