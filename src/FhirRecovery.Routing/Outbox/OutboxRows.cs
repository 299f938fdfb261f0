using System.Data.Common;
using System.Globalization;

namespace FhirRecovery.Routing.Outbox;

/// <summary>Maps rows from either provider (SQLite gives 64-bit integers everywhere, PostgreSQL int4 and int8).</summary>
internal static class OutboxRows
{
    public static OutboxMessageStatus ReadStatus(DbDataReader r)
    {
        var state = OutboxStateNames.Parse(Text(r, "state")!);
        return new OutboxMessageStatus(
            Text(r, "id")!,
            Text(r, "sender_id")!,
            Text(r, "idempotency_key")!,
            Text(r, "receiver_id")!,
            Text(r, "payload_kind")!,
            Text(r, "correlation_id"),
            state,
            (int)Number(r, "attempt_count")!.Value,
            Time(r, "created_at")!.Value,
            Time(r, "updated_at")!.Value,
            state is OutboxState.Queued or OutboxState.Failed ? Time(r, "next_attempt_at") : null,
            Text(r, "last_error"),
            Time(r, "delivered_at"),
            (int?)Number(r, "receiver_status"),
            Text(r, "response_body"),
            Time(r, "dead_lettered_at"));
    }

    public static OutboxMessage ReadMessage(DbDataReader r) => new(
        Number(r, "seq")!.Value,
        Text(r, "id")!,
        Text(r, "sender_id")!,
        Text(r, "idempotency_key")!,
        Text(r, "receiver_id")!,
        Text(r, "patient_key")!,
        Text(r, "payload_kind")!,
        Text(r, "request_path")!,
        Text(r, "content_type")!,
        Text(r, "body")!,
        Text(r, "correlation_id"),
        (int)Number(r, "attempt_count")!.Value,
        Time(r, "created_at")!.Value,
        Time(r, "retry_window_start")!.Value,
        Text(r, "lease_owner")!,
        Time(r, "lease_expires_at")!.Value);

    public static long ToUnixMs(DateTimeOffset time) => time.ToUnixTimeMilliseconds();

    private static string? Text(DbDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : r.GetString(i);
    }

    private static long? Number(DbDataReader r, string column)
    {
        var i = r.GetOrdinal(column);
        return r.IsDBNull(i) ? null : Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);
    }

    private static DateTimeOffset? Time(DbDataReader r, string column) =>
        Number(r, column) is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}
