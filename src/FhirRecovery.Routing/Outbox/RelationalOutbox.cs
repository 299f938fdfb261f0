using System.Data.Common;
using System.Globalization;

namespace FhirRecovery.Routing.Outbox;

/// <summary>
/// The outbox operations over any ADO.NET provider. Every write runs in a write transaction from
/// <paramref name="beginWrite"/> (BEGIN IMMEDIATE on SQLite), so nothing is check-then-act.
/// </summary>
internal sealed class RelationalOutbox(
    OutboxSql sql,
    Func<CancellationToken, Task<DbConnection>> open,
    Func<DbConnection, CancellationToken, Task<DbTransaction>> beginWrite,
    OutboxOptions options,
    TimeProvider timeProvider)
{
    /// <summary>The mailbox operations on the same table.</summary>
    public RelationalMailbox Mailbox { get; } = new(sql, open, beginWrite, timeProvider);

    public async Task<EnqueueResult> EnqueueAsync(OutboxEnqueueRequest request, CancellationToken cancellationToken) =>
        (await EnqueueBatchAsync([request], cancellationToken))[0];

    /// <summary>Stores several messages in one transaction (one commit, one fsync); results in request order.</summary>
    public Task<IReadOnlyList<EnqueueResult>> EnqueueBatchAsync(IReadOnlyList<OutboxEnqueueRequest> requests, CancellationToken cancellationToken) =>
        InOwnTransactionAsync((connection, transaction) => EnqueueInAsync(connection, transaction, requests, cancellationToken), cancellationToken);

    /// <summary>Stores several messages inside the caller's write transaction; results in request order. One insert
    /// statement serves the whole batch: it is prepared once and only its parameter values change.</summary>
    public async Task<IReadOnlyList<EnqueueResult>> EnqueueInAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<OutboxEnqueueRequest> requests, CancellationToken cancellationToken)
    {
        foreach (var request in requests)
        {
            Check(request);
        }

        var now = timeProvider.GetUtcNow();
        var nowMs = OutboxRows.ToUnixMs(now);
        await using var insert = Prepared(connection, transaction, sql.Insert, OutboxSql.InsertParameters);
        await using var insertBody = sql.SeparateBodies ? Prepared(connection, transaction, sql.InsertBody, ["seq", "body"]) : null;
        var results = new EnqueueResult[requests.Count];
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            Bind(insert, Guid.CreateVersion7(now).ToString("N"), request.SenderId, request.IdempotencyKey, request.ReceiverEndpointId,
                request.PatientKey, request.PayloadKind, request.RequestPath, request.ContentType, request.Body, request.CorrelationId,
                request.HoldForPickup ? OutboxStateNames.HeldForPickup : OutboxStateNames.Queued, nowMs);

            // Insert-or-return-existing: the unique constraint decides, so two replicas cannot both accept.
            var inserted = await ReadSingleAsync(insert, r => new Inserted(Convert.ToInt64(r.GetValue(r.GetOrdinal("seq")), CultureInfo.InvariantCulture), OutboxRows.ReadStatus(r)), cancellationToken);
            if (inserted is not null && insertBody is not null)
            {
                Bind(insertBody, inserted.Sequence, request.Body);
                await insertBody.ExecuteNonQueryAsync(cancellationToken);
            }

            var created = inserted?.Status;
            var stored = created ?? await QuerySingleAsync(connection, transaction, sql.SelectByKey, new Dictionary<string, object?>
            {
                ["sender"] = request.SenderId,
                ["key"] = request.IdempotencyKey,
                ["receiver"] = request.ReceiverEndpointId,
            }, OutboxRows.ReadStatus, cancellationToken)
                ?? throw new InvalidOperationException("The outbox refused an insert but holds no message with its key.");
            results[i] = new EnqueueResult(stored, created is not null);
        }

        return results;
    }

    /// <summary>Throws for a request no store would accept, before it joins a batch.</summary>
    public static void Check(OutboxEnqueueRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SenderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.IdempotencyKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ReceiverEndpointId);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.PatientKey);
        ArgumentNullException.ThrowIfNull(request.PayloadKind);
        ArgumentNullException.ThrowIfNull(request.RequestPath);
        ArgumentNullException.ThrowIfNull(request.ContentType);
        ArgumentNullException.ThrowIfNull(request.Body);
    }

    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(
        string workerId, int maxMessages, IReadOnlyCollection<string> skippedReceivers, CancellationToken cancellationToken)
    {
        CheckClaim(workerId, maxMessages, skippedReceivers);
        await using var connection = await open(cancellationToken);
        await using var transaction = await beginWrite(connection, cancellationToken);
        var claimed = await ClaimInAsync(connection, transaction, workerId, maxMessages, skippedReceivers, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }

    public static void CheckClaim(string workerId, int maxMessages, IReadOnlyCollection<string> skippedReceivers)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workerId);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxMessages, 1);
        ArgumentNullException.ThrowIfNull(skippedReceivers);
    }

    /// <summary>The claim inside the caller's write transaction; acceptance order.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ClaimInAsync(DbConnection connection, DbTransaction transaction,
        string workerId, int maxMessages, IReadOnlyCollection<string> skippedReceivers, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var parameters = new Dictionary<string, object?>
        {
            ["now"] = OutboxRows.ToUnixMs(now),
            ["lease"] = OutboxRows.ToUnixMs(now + options.LeaseDuration),
            ["owner"] = workerId,
            ["limit"] = maxMessages,
        };
        var index = 0;
        foreach (var receiver in skippedReceivers)
        {
            parameters[OutboxSql.SkippedReceiverParameter(index++)] = receiver;
        }

        var claimed = await QueryAsync(connection, transaction, sql.Claim(index), parameters, OutboxRows.ReadMessage, cancellationToken);

        // RETURNING has no order; callers get acceptance order.
        claimed.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
        return claimed;
    }

    public async Task<bool> MarkDeliveredAsync(OutboxMessage claimed, int receiverStatus, string? responseBody, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        return (await MarkDeliveredBatchAsync([new DeliveredMessage(claimed, receiverStatus, responseBody)], cancellationToken))[0];
    }

    /// <summary>Records several deliveries in one transaction (one commit, one fsync); results in request order, each
    /// false when that message's lease was lost.</summary>
    public Task<IReadOnlyList<bool>> MarkDeliveredBatchAsync(IReadOnlyList<DeliveredMessage> deliveries, CancellationToken cancellationToken) =>
        InOwnTransactionAsync((connection, transaction) => MarkDeliveredInAsync(connection, transaction, deliveries, cancellationToken), cancellationToken);

    /// <summary>Runs a write made for a shared transaction in a write transaction of its own.</summary>
    private async Task<T> InOwnTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken);
        await using var transaction = await beginWrite(connection, cancellationToken);
        var result = await write(connection, transaction);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Records several deliveries inside the caller's write transaction, with one prepared statement.</summary>
    public async Task<IReadOnlyList<bool>> MarkDeliveredInAsync(
        DbConnection connection, DbTransaction transaction, IReadOnlyList<DeliveredMessage> deliveries, CancellationToken cancellationToken)
    {
        var now = OutboxRows.ToUnixMs(timeProvider.GetUtcNow());
        await using var command = Prepared(connection, transaction, sql.MarkDelivered, OutboxSql.MarkDeliveredParameters);
        var results = new bool[deliveries.Count];
        for (var i = 0; i < deliveries.Count; i++)
        {
            var delivery = deliveries[i];
            Bind(command, delivery.Claimed.Id, delivery.Claimed.LeaseOwner, delivery.Claimed.AttemptCount, now, delivery.ReceiverStatus, delivery.ResponseBody);
            results[i] = await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }

        return results;
    }

    public async Task<OutboxState?> MarkAttemptFailedAsync(OutboxMessage claimed, string lastError, bool permanent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        var now = timeProvider.GetUtcNow();
#pragma warning disable CA5394 // Jitter spreads retries out; it needs no cryptographic randomness.
        var next = permanent ? null : options.Retry.NextAttemptAt(claimed.AttemptCount, claimed.RetryWindowStart, now, Random.Shared.NextDouble());
#pragma warning restore CA5394
        var parameters = Fence(claimed);
        parameters["error"] = lastError;
        if (next is { } nextAttempt)
        {
            parameters["next"] = OutboxRows.ToUnixMs(nextAttempt);
            return await ExecuteAsync(sql.MarkFailed, parameters, cancellationToken) == 1 ? OutboxState.Failed : null;
        }

        return await ExecuteAsync(sql.MarkDeadLettered, parameters, cancellationToken) == 1 ? OutboxState.DeadLettered : null;
    }

    public async Task<int> ExpediteReceiverAsync(string receiverEndpointId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(receiverEndpointId);
        return await ExecuteAsync(sql.Expedite, new Dictionary<string, object?>
        {
            ["receiver"] = receiverEndpointId,
            ["now"] = OutboxRows.ToUnixMs(timeProvider.GetUtcNow()),
        }, cancellationToken);
    }

    public async Task<bool> ReplayDeadLetterAsync(string messageId, CancellationToken cancellationToken) =>
        await ExecuteAsync(sql.Replay, new Dictionary<string, object?>
        {
            ["id"] = messageId,
            ["now"] = OutboxRows.ToUnixMs(timeProvider.GetUtcNow()),
        }, cancellationToken) == 1;

    public async Task<OutboxMessageStatus?> GetStatusAsync(string messageId, CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken);
        return await QuerySingleAsync(connection, null, sql.SelectById, new Dictionary<string, object?> { ["id"] = messageId }, OutboxRows.ReadStatus, cancellationToken);
    }

    public async Task<IReadOnlyList<OutboxMessageStatus>> ListByStateAsync(OutboxState state, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var connection = await open(cancellationToken);
        return await QueryAsync(connection, null, sql.SelectByState, new Dictionary<string, object?>
        {
            ["state"] = OutboxStateNames.Name(state),
            ["limit"] = limit,
        }, OutboxRows.ReadStatus, cancellationToken);
    }

    private Dictionary<string, object?> Fence(OutboxMessage claimed) => new()
    {
        ["id"] = claimed.Id,
        ["owner"] = claimed.LeaseOwner,
        ["attempt"] = claimed.AttemptCount,
        ["now"] = OutboxRows.ToUnixMs(timeProvider.GetUtcNow()),
    };

    private async Task<int> ExecuteAsync(string text, Dictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        await using var connection = await open(cancellationToken);
        await using var transaction = await beginWrite(connection, cancellationToken);
        await using var command = Command(connection, transaction, text, parameters);
        var rows = await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows;
    }

    private sealed record Inserted(long Sequence, OutboxMessageStatus Status);

    /// <summary>A command with positional parameters (named as in <paramref name="names"/>), to be bound again for each row.</summary>
    private static DbCommand Prepared(DbConnection connection, DbTransaction transaction, string text, string[] names)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // The text is built from our own constants and a validated table name; values are parameters.
        command.CommandText = text;
#pragma warning restore CA2100
        command.Transaction = transaction;
        foreach (var name in names)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static void Bind(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static async Task<T?> ReadSingleAsync<T>(DbCommand command, Func<DbDataReader, T> read, CancellationToken cancellationToken)
        where T : class
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? read(reader) : null;
    }

    internal static async Task<T?> QuerySingleAsync<T>(
        DbConnection connection, DbTransaction? transaction, string text, Dictionary<string, object?> parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken)
        where T : class =>
        (await QueryAsync(connection, transaction, text, parameters, read, cancellationToken)).SingleOrDefault();

    internal static async Task<List<T>> QueryAsync<T>(
        DbConnection connection, DbTransaction? transaction, string text, Dictionary<string, object?> parameters, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, transaction, text, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    internal static DbCommand Command(DbConnection connection, DbTransaction? transaction, string text, Dictionary<string, object?> parameters)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // The text is built from our own constants and a validated table name; values are parameters.
        command.CommandText = text;
#pragma warning restore CA2100
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@" + name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
