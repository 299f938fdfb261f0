using System.Data.Common;
using System.Globalization;

namespace FhirRecovery.Routing.Outbox;

/// <summary>The <see cref="IOutboxMailbox"/> statements over either provider (the outbox table, state 'held').</summary>
internal sealed class RelationalMailbox(
    OutboxSql sql,
    Func<CancellationToken, Task<DbConnection>> open,
    Func<DbConnection, CancellationToken, Task<DbTransaction>> beginWrite,
    TimeProvider timeProvider)
{
    public async Task<IReadOnlyList<HeldMessage>> ListHeldAsync(string receiverEndpointId, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(receiverEndpointId);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        await using var connection = await open(cancellationToken);
        return await RelationalOutbox.QueryAsync(connection, null, sql.SelectHeld,
            new Dictionary<string, object?> { ["receiver"] = receiverEndpointId, ["limit"] = limit }, Read, cancellationToken);
    }

    public async Task<HeldMessage?> FindHeldAsync(string messageId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        await using var connection = await open(cancellationToken);
        return await RelationalOutbox.QuerySingleAsync(connection, null, sql.SelectHeldById,
            new Dictionary<string, object?> { ["id"] = messageId }, Read, cancellationToken);
    }

    public async Task<bool> AcknowledgeAsync(string messageId, string receiverEndpointId, int receiverStatus, string? note, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ArgumentException.ThrowIfNullOrWhiteSpace(receiverEndpointId);
        await using var connection = await open(cancellationToken);
        await using var transaction = await beginWrite(connection, cancellationToken);
        await using var command = RelationalOutbox.Command(connection, transaction, sql.Acknowledge, new Dictionary<string, object?>
        {
            ["id"] = messageId,
            ["receiver"] = receiverEndpointId,
            ["status"] = receiverStatus,
            ["response"] = note,
            ["now"] = OutboxRows.ToUnixMs(timeProvider.GetUtcNow()),
        });
        var rows = await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return rows == 1;
    }

    private static HeldMessage Read(DbDataReader r) => new(
        Convert.ToInt64(r.GetValue(r.GetOrdinal("seq")), CultureInfo.InvariantCulture),
        r.GetString(r.GetOrdinal("id")),
        r.GetString(r.GetOrdinal("sender_id")),
        r.GetString(r.GetOrdinal("idempotency_key")),
        r.GetString(r.GetOrdinal("receiver_id")),
        r.GetString(r.GetOrdinal("payload_kind")),
        r.GetString(r.GetOrdinal("request_path")),
        r.GetString(r.GetOrdinal("content_type")),
        r.GetString(r.GetOrdinal("body")),
        r.IsDBNull(r.GetOrdinal("correlation_id")) ? null : r.GetString(r.GetOrdinal("correlation_id")),
        DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(r.GetValue(r.GetOrdinal("created_at")), CultureInfo.InvariantCulture)));
}
