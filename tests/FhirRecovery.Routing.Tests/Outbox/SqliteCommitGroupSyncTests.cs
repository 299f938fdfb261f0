using FhirRecovery.Routing.Outbox.Sqlite;
using Microsoft.Data.Sqlite;

namespace FhirRecovery.Routing.Tests.Outbox;

/// <summary>Lanes that may commit without an fsync: each lane's batch reports the safety level its transaction ran at
/// (<c>PRAGMA synchronous</c>: 1 NORMAL, 2 FULL), read on the group's own connection.</summary>
public sealed class SqliteCommitGroupSyncTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fr-commit-sync-").FullName;

    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "group.db") }.ToString();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task WriteAsync_LanesAlone_UnsyncedLaneCommitsNormalAndSyncedLaneFull()
    {
        using var group = new SqliteCommitGroup(ConnectionString);
        var unsynced = group.AddLane<int, long>(LevelsAsync, synced: false);
        var synced = group.AddLane<int, long>(LevelsAsync);

        Assert.Equal(1L, await unsynced.WriteAsync(1, CancellationToken.None));
        Assert.Equal(2L, await synced.WriteAsync(2, CancellationToken.None));
        Assert.Equal(1L, await unsynced.WriteAsync(3, CancellationToken.None));
    }

    [Fact]
    public async Task WriteAsync_UnsyncedAndSyncedInOneTransaction_WholeTransactionSynced()
    {
        using var group = new SqliteCommitGroup(ConnectionString);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocker = group.AddLane<int, int>(async (_, _, requests, _) =>
        {
            await gate.Task;
            return [.. requests];
        });
        var unsynced = group.AddLane<int, long>(LevelsAsync, synced: false);
        var synced = group.AddLane<int, long>(LevelsAsync);

        // The first transaction waits on the gate, so both writes below are gathered into the next one together.
        var first = blocker.WriteAsync(0, CancellationToken.None);
        await Task.Delay(50);
        var read = unsynced.WriteAsync(1, CancellationToken.None);
        var accepted = synced.WriteAsync(2, CancellationToken.None);
        gate.SetResult();
        await first;

        Assert.Equal(2L, await read);
        Assert.Equal(2L, await accepted);
    }

    [Fact]
    public async Task Dispose_AfterAnUnsyncedCommit_PooledConnectionHandedOutFullySynchronousAgain()
    {
        var group = new SqliteCommitGroup(ConnectionString);
        var unsynced = group.AddLane<int, long>(LevelsAsync, synced: false);
        Assert.Equal(1L, await unsynced.WriteAsync(1, CancellationToken.None));

        group.Dispose();
        await Task.Delay(200); // the write loop closes the connection once the queue is complete

        // DurableSqlite sets its pragmas once per native connection, so the pool must not get this one back at NORMAL.
        for (var i = 0; i < 3; i++)
        {
            await using var connection = await DurableSqlite.OpenAsync(ConnectionString, CancellationToken.None);
            await using var level = connection.CreateCommand();
            level.CommandText = "PRAGMA synchronous;";
            Assert.Equal(2L, await level.ExecuteScalarAsync());
        }
    }

    private static async Task<IReadOnlyList<long>> LevelsAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<int> requests, CancellationToken cancellationToken)
    {
        await using var level = connection.CreateCommand();
        level.Transaction = transaction;
        level.CommandText = "PRAGMA synchronous;";
        var value = (long)(await level.ExecuteScalarAsync(cancellationToken))!;
        return [.. requests.Select(_ => value)];
    }
}
