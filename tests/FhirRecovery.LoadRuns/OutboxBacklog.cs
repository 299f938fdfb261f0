using Microsoft.Data.Sqlite;

namespace FhirRecovery.LoadRuns;

/// <summary>How far the gateway's delivery worker is behind its acceptances, read from the gateway's SQLite outbox
/// file (read-only, WAL) right after a store-and-forward scenario: a worker that fell behind would make the
/// acceptances look cheaper than they are, since the CPU of the deliveries it postponed is not counted.</summary>
internal static class OutboxBacklog
{
    public static async Task<string> DescribeAsync(string outboxPath)
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = outboxPath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), coalesce(sum(state <> 'delivered'), 0) FROM outbox_messages";
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"{reader.GetInt64(0)} accepted since the gateway started, {reader.GetInt64(1)} not yet delivered when the measured phase ended";
    }
}
