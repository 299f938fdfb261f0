using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace FhirRecovery.Routing.Outbox.Sqlite;

/// <summary>
/// The default outbox: one SQLite file in WAL mode, full fsync on commit, writes serialised by BEGIN IMMEDIATE.
/// Safe for several workers in one process or several processes on one machine sharing the file.
/// </summary>
public sealed class SqliteOutboxStore : RelationalOutboxStore, IDisposable
{
    private const string Table = "outbox_messages";
    private const string BodyTable = "outbox_bodies";
    private readonly string _connectionString;
    private readonly SqliteWriteLane<OutboxEnqueueRequest, EnqueueResult> _acceptances;
    private readonly SqliteWriteLane<DeliveredMessage, bool> _deliveries;
    private readonly SqliteWriteLane<ClaimRequest, IReadOnlyList<OutboxMessage>> _claims;

    public SqliteOutboxStore(string databasePath, OutboxOptions options, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        Outbox = new RelationalOutbox(new OutboxSql(Table, skipLocked: false, BodyTable), OpenAsync, BeginImmediateAsync, options, timeProvider);
        Writes = new SqliteCommitGroup(_connectionString);
        _acceptances = Writes.AddLane<OutboxEnqueueRequest, EnqueueResult>(
            async (connection, transaction, requests, ct) => await Outbox.EnqueueInAsync(connection, transaction, requests, ct));
        _deliveries = Writes.AddLane<DeliveredMessage, bool>(
            async (connection, transaction, deliveries, ct) => await Outbox.MarkDeliveredInAsync(connection, transaction, deliveries, ct));
        _claims = Writes.AddLane<ClaimRequest, IReadOnlyList<OutboxMessage>>(ClaimBatchAsync);
    }

    /// <summary>The file's one group commit: the gateway's audit trail (kept in the same file) writes through it too,
    /// so an acceptance, its audit record and the worker's claims and deliveries share transactions and fsyncs.</summary>
    public SqliteCommitGroup Writes { get; }

    public override async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS {Table} (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                id TEXT NOT NULL UNIQUE,
                sender_id TEXT NOT NULL,
                idempotency_key TEXT NOT NULL,
                receiver_id TEXT NOT NULL,
                patient_key TEXT NOT NULL,
                payload_kind TEXT NOT NULL,
                request_path TEXT NOT NULL,
                content_type TEXT NOT NULL,
                body TEXT NOT NULL,
                correlation_id TEXT NULL,
                state TEXT NOT NULL,
                attempt_count INTEGER NOT NULL,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                next_attempt_at INTEGER NOT NULL,
                retry_window_start INTEGER NOT NULL,
                lease_owner TEXT NULL,
                lease_expires_at INTEGER NULL,
                last_error TEXT NULL,
                delivered_at INTEGER NULL,
                receiver_status INTEGER NULL,
                response_body TEXT NULL,
                dead_lettered_at INTEGER NULL,
                UNIQUE (sender_id, idempotency_key, receiver_id));
            -- Bodies apart from the rows whose state changes (see OutboxSql): written once, never rewritten. Rows from
            -- before this table keep their body in outbox_messages.body; new rows hold '' there.
            CREATE TABLE IF NOT EXISTS {BodyTable} (seq INTEGER PRIMARY KEY, body TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS ix_outbox_due ON {Table} (state, next_attempt_at);
            -- The claim's ordering check looks only at undelivered rows, from the index alone: a patient's delivered
            -- history (and the message bodies the rows hold) is never read, however long it grows.
            DROP INDEX IF EXISTS ix_outbox_order;
            CREATE INDEX IF NOT EXISTS ix_outbox_undelivered ON {Table} (patient_key, receiver_id, seq, state) WHERE state <> 'delivered';
            -- The claim walks the claimable rows in acceptance order and stops at its batch (see OutboxSql.DueCandidates).
            CREATE INDEX IF NOT EXISTS ix_outbox_claimable ON {Table} (seq, state, next_attempt_at, lease_expires_at, patient_key, receiver_id)
                WHERE state IN ('queued', 'failed', 'in_flight');
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Concurrent calls share one commit (group commit); each returns once its own row is durable.</summary>
    public override Task<EnqueueResult> EnqueueAsync(OutboxEnqueueRequest request, CancellationToken cancellationToken)
    {
        RelationalOutbox.Check(request);
        return _acceptances.WriteAsync(request, cancellationToken);
    }

    /// <summary>The worker's claims join the shared commit too: a claim no longer takes the write lock for an fsync of
    /// its own while the acceptances queue behind it.</summary>
    public override Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(
        string workerId, int maxMessages, IReadOnlyCollection<string> skippedReceivers, CancellationToken cancellationToken)
    {
        RelationalOutbox.CheckClaim(workerId, maxMessages, skippedReceivers);
        return _claims.WriteAsync(new ClaimRequest(workerId, maxMessages, skippedReceivers), cancellationToken);
    }

    /// <summary>The worker's parallel deliveries share one commit too: each delivery no longer holds the write lock
    /// for an fsync of its own, which the acceptances then queued behind.</summary>
    public override Task<bool> MarkDeliveredAsync(OutboxMessage claimed, int receiverStatus, string? responseBody, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        return _deliveries.WriteAsync(new DeliveredMessage(claimed, receiverStatus, responseBody), cancellationToken);
    }

    /// <summary>Stops accepting; writes already queued are still written.</summary>
    public void Dispose() => Writes.Dispose();

    private async Task<IReadOnlyList<IReadOnlyList<OutboxMessage>>> ClaimBatchAsync(
        SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<ClaimRequest> claims, CancellationToken cancellationToken)
    {
        var results = new IReadOnlyList<OutboxMessage>[claims.Count];
        for (var i = 0; i < claims.Count; i++)
        {
            results[i] = await Outbox.ClaimInAsync(connection, transaction, claims[i].WorkerId, claims[i].MaxMessages, claims[i].SkippedReceivers, cancellationToken);
        }

        return results;
    }

    private sealed record ClaimRequest(string WorkerId, int MaxMessages, IReadOnlyCollection<string> SkippedReceivers);

    private static async Task<DbTransaction> BeginImmediateAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await ((SqliteConnection)connection).BeginTransactionAsync(cancellationToken); // Microsoft.Data.Sqlite begins IMMEDIATE unless asked for deferred.

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await DurableSqlite.OpenAsync(_connectionString, cancellationToken);
}
