namespace FhirRecovery.Routing.Outbox;

/// <summary>
/// The outbox statements, shared by SQLite and PostgreSQL (both speak ON CONFLICT and RETURNING). Only the claim
/// differs: PostgreSQL locks candidates with FOR UPDATE SKIP LOCKED, SQLite relies on its single writer.
/// Times are Unix milliseconds from the injected TimeProvider, never the database clock, so tests control time.
/// </summary>
/// <param name="bodyTable">SQLite only: message bodies live in this table of their own (seq, body), written once at
/// acceptance. A body in the message row would be rewritten by every state change (claim, delivery) along with its
/// overflow pages: about 7 KB of WAL per change for the 6.8 KB release handover. Rows written before it keep their body
/// in the row (and an empty body in that table's place), so both are read.</param>
internal sealed class OutboxSql(string table, bool skipLocked, string? bodyTable = null)
{
    public const string StatusColumns =
        "id, sender_id, idempotency_key, receiver_id, payload_kind, correlation_id, state, attempt_count, created_at, "
        + "updated_at, next_attempt_at, last_error, delivered_at, receiver_status, response_body, dead_lettered_at";

    private readonly string _messageColumns =
        "seq, id, sender_id, idempotency_key, receiver_id, patient_key, payload_kind, request_path, content_type, "
        + Body(table, bodyTable) + ", correlation_id, attempt_count, created_at, retry_window_start, lease_owner, lease_expires_at";

    private static string Body(string table, string? bodyTable) => bodyTable is null
        ? "body"
        : $"COALESCE((SELECT b.body FROM {bodyTable} b WHERE b.seq = {table}.seq), {table}.body) AS body";

    /// <summary>Whether bodies are stored by <see cref="InsertBody"/> after <see cref="Insert"/> (SQLite).</summary>
    public bool SeparateBodies => bodyTable is not null;

    /// <summary>The body of the message <see cref="Insert"/> just created (<c>@seq</c> from its RETURNING).</summary>
    public string InsertBody { get; } = $"INSERT INTO {bodyTable} (seq, body) VALUES (@seq, @body)";

    // Due, and no earlier message for the same patient and receiver is still undelivered (dead letters included:
    // a later message must not overtake one an operator has yet to replay).
    // Receivers an active health check found down are left out: their messages wait without spending attempts.
    // The candidates are walked in acceptance order on ix_outbox_claimable (which holds only claimable rows and every
    // column the test needs), so a claim stops once it has its batch instead of reading every due row and sorting: with
    // a backlog of 5,000 messages for as many patients a claim took 20 ms, now 0.04 ms. SQLite's planner prefers
    // ix_outbox_due for the OR without statistics, hence INDEXED BY (SQLite only; PostgreSQL plans on its own).
    private static string DueCandidates(string table, int skippedReceivers, bool skipLocked) => $"""
        SELECT o.seq AS due_seq FROM {table} o{(skipLocked ? string.Empty : " INDEXED BY ix_outbox_claimable")}
        WHERE o.state IN ('queued', 'failed', 'in_flight')
          AND ((o.state IN ('queued', 'failed') AND o.next_attempt_at <= @now)
               OR (o.state = 'in_flight' AND o.lease_expires_at <= @now)){SkipReceivers(skippedReceivers)}
          AND NOT EXISTS (SELECT 1 FROM {table} e
                          WHERE e.patient_key = o.patient_key AND e.receiver_id = o.receiver_id
                            AND e.seq < o.seq AND e.state <> 'delivered')
        ORDER BY o.seq
        LIMIT @limit
        """;

    /// <summary>The parameters of <see cref="Insert"/>, in the order <c>RelationalOutbox</c> binds them.</summary>
    public static readonly string[] InsertParameters =
        ["id", "sender", "key", "receiver", "patient", "kind", "path", "content_type", "body", "correlation", "state", "now"];

    /// <summary>The parameters of <see cref="MarkDelivered"/> (the fence, then the answer), in binding order.</summary>
    public static readonly string[] MarkDeliveredParameters = ["id", "owner", "attempt", "now", "status", "response"];

    public string Insert { get; } = $"""
        INSERT INTO {table} (id, sender_id, idempotency_key, receiver_id, patient_key, payload_kind, request_path,
                             content_type, body, correlation_id, state, attempt_count, created_at, updated_at,
                             next_attempt_at, retry_window_start)
        VALUES (@id, @sender, @key, @receiver, @patient, @kind, @path, @content_type, {(bodyTable is null ? "@body" : "''")}, @correlation,
                @state, 0, @now, @now, @now, @now)
        ON CONFLICT (sender_id, idempotency_key, receiver_id) DO NOTHING
        RETURNING seq, {StatusColumns}
        """;

    public string SelectByKey { get; } =
        $"SELECT {StatusColumns} FROM {table} WHERE sender_id = @sender AND idempotency_key = @key AND receiver_id = @receiver";

    public string SelectById { get; } = $"SELECT {StatusColumns} FROM {table} WHERE id = @id";

    public string SelectByState { get; } = $"SELECT {StatusColumns} FROM {table} WHERE state = @state ORDER BY seq LIMIT @limit";

    private string? _claimAll;

    /// <summary>The parameter name of the <paramref name="index"/>th skipped receiver in <see cref="Claim"/>.</summary>
    public static string SkippedReceiverParameter(int index) => "skip" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The claim, leaving out <paramref name="skippedReceivers"/> receivers (parameters <c>@skip0</c>...).</summary>
    public string Claim(int skippedReceivers) => skippedReceivers == 0 ? _claimAll ??= BuildClaim(0) : BuildClaim(skippedReceivers);

    private static string SkipReceivers(int count) => count == 0 ? string.Empty
        : "\n          AND o.receiver_id NOT IN (" + string.Join(", ", Enumerable.Range(0, count).Select(i => "@" + SkippedReceiverParameter(i))) + ")";

    private string BuildClaim(int skippedReceivers) => skipLocked
        ? $"""
            WITH due AS ({DueCandidates(table, skippedReceivers, skipLocked)} FOR UPDATE OF o SKIP LOCKED)
            UPDATE {table} m SET state = 'in_flight', lease_owner = @owner, lease_expires_at = @lease,
                   attempt_count = m.attempt_count + 1, updated_at = @now
            FROM due WHERE m.seq = due.due_seq
            RETURNING {_messageColumns}
            """
        : $"""
            UPDATE {table} SET state = 'in_flight', lease_owner = @owner, lease_expires_at = @lease,
                   attempt_count = attempt_count + 1, updated_at = @now
            WHERE seq IN ({DueCandidates(table, skippedReceivers, skipLocked)})
            RETURNING {_messageColumns}
            """;

    // The lease owner and attempt count fence every result: a worker whose lease was taken over records nothing.
    private const string Fence = "id = @id AND state = 'in_flight' AND lease_owner = @owner AND attempt_count = @attempt";

    public string MarkDelivered { get; } = $"""
        UPDATE {table} SET state = 'delivered', delivered_at = @now, updated_at = @now, receiver_status = @status,
               response_body = @response, lease_owner = NULL, lease_expires_at = NULL
        WHERE {Fence}
        """;

    public string MarkFailed { get; } = $"""
        UPDATE {table} SET state = 'failed', next_attempt_at = @next, last_error = @error, updated_at = @now,
               lease_owner = NULL, lease_expires_at = NULL
        WHERE {Fence}
        """;

    public string MarkDeadLettered { get; } = $"""
        UPDATE {table} SET state = 'dead_lettered', dead_lettered_at = @now, last_error = @error, updated_at = @now,
               lease_owner = NULL, lease_expires_at = NULL
        WHERE {Fence}
        """;

    // A receiver back up: its waiting messages become due now instead of at their backed-off time.
    public string Expedite { get; } = $"""
        UPDATE {table} SET next_attempt_at = @now, updated_at = @now
        WHERE receiver_id = @receiver AND state IN ('queued', 'failed') AND next_attempt_at > @now
        """;

    public string Replay { get; } = $"""
        UPDATE {table} SET state = 'queued', attempt_count = 0, next_attempt_at = @now, retry_window_start = @now,
               dead_lettered_at = NULL, updated_at = @now
        WHERE id = @id AND state = 'dead_lettered'
        """;

    // The mailbox (receivers without a server of their own): held messages are never claimed by a worker (the claim
    // takes only queued, failed and expired in-flight rows); the receiver lists, fetches and acknowledges them.
    private static string HeldColumns(string table, string? bodyTable) =>
        "seq, id, sender_id, idempotency_key, receiver_id, payload_kind, request_path, content_type, " + Body(table, bodyTable) + ", correlation_id, created_at";

    public string SelectHeld { get; } = $"""
        SELECT {HeldColumns(table, bodyTable)} FROM {table} WHERE receiver_id = @receiver AND state = 'held' ORDER BY seq LIMIT @limit
        """;

    public string SelectHeldById { get; } = $"SELECT {HeldColumns(table, bodyTable)} FROM {table} WHERE id = @id AND state = 'held'";

    public string Acknowledge { get; } = $"""
        UPDATE {table} SET state = 'delivered', delivered_at = @now, updated_at = @now, receiver_status = @status,
               response_body = @response, attempt_count = attempt_count + 1
        WHERE id = @id AND receiver_id = @receiver AND state = 'held'
        """;
}
