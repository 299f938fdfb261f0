using FhirRecovery.Routing.Outbox.Sqlite;
using Microsoft.Data.Sqlite;

namespace FhirRecovery.Routing.Tests.Outbox;

public sealed class DurableSqliteTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fr-durable-" + Guid.NewGuid().ToString("N"));

    public DurableSqliteTests() => Directory.CreateDirectory(_folder);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task OpenAsync_FreshAndPooledConnections_AreDurableWaitOnLocksAndKeepTemporaryDataInMemory()
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "d.db"), Pooling = true }.ToString();

        for (var open = 0; open < 3; open++) // the first opens a native connection; the later ones get it back from the pool
        {
            await using var connection = await DurableSqlite.OpenAsync(connectionString, CancellationToken.None);

            Assert.Equal(2L, await PragmaAsync(connection, "synchronous")); // FULL
            Assert.Equal(30000L, await PragmaAsync(connection, "busy_timeout"));
            Assert.Equal(2L, await PragmaAsync(connection, "temp_store")); // MEMORY
        }
    }

    private static async Task<long> PragmaAsync(SqliteConnection connection, string name)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
