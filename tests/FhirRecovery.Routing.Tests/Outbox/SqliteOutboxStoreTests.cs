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
}
