using System.Data.Common;
using System.Text.RegularExpressions;
using Npgsql;

namespace FhirRecovery.Routing.Outbox.Postgres;

/// <summary>
/// The outbox for several gateway replicas on one PostgreSQL database. Workers claim with
/// <c>FOR UPDATE SKIP LOCKED</c>, so replicas never wait on each other's claims and never claim the same message.
/// </summary>
public sealed partial class PostgresOutboxStore : RelationalOutboxStore
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _schema;

    /// <param name="dataSource">Owned by the caller (the host builds it from configuration).</param>
    /// <param name="schema">The schema holding the outbox table; created if missing.</param>
    public PostgresOutboxStore(NpgsqlDataSource dataSource, OutboxOptions options, TimeProvider timeProvider, string schema = "fhir_recovery")
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (!SchemaName().IsMatch(schema))
        {
            throw new ArgumentException($"Schema name '{schema}' must be lower-case letters, digits and underscores.", nameof(schema));
        }

        _dataSource = dataSource;
        _schema = schema;
        Outbox = new RelationalOutbox(new OutboxSql($"{schema}.outbox_messages", skipLocked: true), OpenAsync, BeginAsync, options, timeProvider);
    }

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;

        // Replicas start together: an advisory lock keeps two CREATE ... IF NOT EXISTS from racing.
#pragma warning disable CA2100 // The schema name is validated against a strict pattern in the constructor.
        command.CommandText = $"""
            SELECT pg_advisory_xact_lock(hashtext('{_schema}.outbox_messages'));
            CREATE SCHEMA IF NOT EXISTS {_schema};
            CREATE TABLE IF NOT EXISTS {_schema}.outbox_messages (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                id text NOT NULL UNIQUE,
                sender_id text NOT NULL,
                idempotency_key text NOT NULL,
                receiver_id text NOT NULL,
                patient_key text NOT NULL,
                payload_kind text NOT NULL,
                request_path text NOT NULL,
                content_type text NOT NULL,
                body text NOT NULL,
                correlation_id text NULL,
                state text NOT NULL,
                attempt_count integer NOT NULL,
                created_at bigint NOT NULL,
                updated_at bigint NOT NULL,
                next_attempt_at bigint NOT NULL,
                retry_window_start bigint NOT NULL,
                lease_owner text NULL,
                lease_expires_at bigint NULL,
                last_error text NULL,
                delivered_at bigint NULL,
                receiver_status integer NULL,
                response_body text NULL,
                dead_lettered_at bigint NULL,
                CONSTRAINT outbox_messages_idempotency UNIQUE (sender_id, idempotency_key, receiver_id));
            CREATE INDEX IF NOT EXISTS ix_outbox_due ON {_schema}.outbox_messages (state, next_attempt_at);
            -- The claim's ordering check looks only at undelivered rows, from the index alone: a patient's delivered
            -- history (and the message bodies the rows hold) is never read, however long it grows.
            DROP INDEX IF EXISTS {_schema}.ix_outbox_order;
            CREATE INDEX IF NOT EXISTS ix_outbox_undelivered ON {_schema}.outbox_messages (patient_key, receiver_id, seq, state) WHERE state <> 'delivered';
            -- The claim walks the claimable rows in acceptance order and stops at its batch (see OutboxSql.DueCandidates).
            CREATE INDEX IF NOT EXISTS ix_outbox_claimable ON {_schema}.outbox_messages (seq, state, next_attempt_at, lease_expires_at, patient_key, receiver_id)
                WHERE state IN ('queued', 'failed', 'in_flight');
            """;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex SchemaName();

    private static async Task<DbTransaction> BeginAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(cancellationToken);

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);
}
