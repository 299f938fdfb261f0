using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.Outbox.Sqlite;
using Microsoft.Data.Sqlite;

namespace FhirRecovery.Routing.Tests.Outbox;

public sealed class SqliteOutboxStoreTests : OutboxStoreContract
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fr-outbox-" + Guid.NewGuid().ToString("N"));

    public SqliteOutboxStoreTests() => Directory.CreateDirectory(_folder);

    private string DatabasePath => Path.Combine(_folder, "outbox.db");

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    protected override IOutboxStore CreateStore() => new SqliteOutboxStore(DatabasePath, Options, Time);

    [Fact]
    public async Task Initialize_NewFile_UsesWriteAheadLogging()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ClaimDue_RowWrittenBeforeBodiesHadTheirOwnTable_ReturnsTheBodyKeptInTheRow()
    {
        await using (var connection = new SqliteConnection($"Data Source={DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO outbox_messages (id, sender_id, idempotency_key, receiver_id, patient_key, payload_kind, request_path,
                    content_type, body, state, attempt_count, created_at, updated_at, next_attempt_at, retry_window_start)
                VALUES ('legacy', 's', 'k', 'r', 'p', 'Bundle', '$process-message', 'application/fhir+json', '{"legacy":true}', 'queued', 0, 0, 0, 0, 0)
                """;
            await insert.ExecuteNonQueryAsync();
        }

        var claimed = await Store.ClaimDueAsync("w1", 10, CancellationToken.None);

        Assert.Equal("""{"legacy":true}""", Assert.Single(claimed).Body);
    }

    [Fact]
    public async Task Enqueue_NewMessage_KeepsTheBodyOutOfTheRowThatClaimsAndDeliveriesRewrite()
    {
        await Store.EnqueueAsync(Support.Messages.Request("r1"), CancellationToken.None);

        await using var connection = new SqliteConnection($"Data Source={DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT m.body, b.body FROM outbox_messages m JOIN outbox_bodies b ON b.seq = m.seq";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(string.Empty, reader.GetString(0));
        Assert.Equal(Support.Messages.Request("r1").Body, reader.GetString(1));
    }
}
