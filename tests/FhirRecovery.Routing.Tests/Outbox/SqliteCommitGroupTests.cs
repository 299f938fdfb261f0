using FhirRecovery.Routing.Outbox.Sqlite;
using Microsoft.Data.Sqlite;

namespace FhirRecovery.Routing.Tests.Outbox;

public sealed class SqliteCommitGroupTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fr-commit-" + Guid.NewGuid().ToString("N"));

    public SqliteCommitGroupTests() => Directory.CreateDirectory(_folder);

    private string ConnectionString => new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "group.db") }.ToString();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task WriteAsync_OneLaneFailsInASharedTransaction_OnlyItsCallersFailAndTheOtherLaneCommits()
    {
        await ExecuteAsync("CREATE TABLE note (text TEXT NOT NULL)");
        using var group = new SqliteCommitGroup(ConnectionString);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocker = group.AddLane<int, int>(async (_, _, requests, _) =>
        {
            await gate.Task;
            return [.. requests];
        });
        var notes = group.AddLane<string, int>(async (connection, transaction, texts, ct) =>
        {
            foreach (var text in texts)
            {
                await using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO note (text) VALUES (@text)";
                insert.Parameters.AddWithValue("@text", text);
                await insert.ExecuteNonQueryAsync(ct);
            }

            return [.. texts.Select(t => t.Length)];
        });
        var broken = group.AddLane<string, int>(async (connection, transaction, _, ct) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO no_such_table VALUES (1)";
            await command.ExecuteNonQueryAsync(ct);
            return [];
        });

        // The first transaction waits on the gate, so both writes below are gathered into the next one.
        var first = blocker.WriteAsync(1, CancellationToken.None);
        await Task.Delay(100);
        var note = notes.WriteAsync("kept", CancellationToken.None);
        var failing = broken.WriteAsync("lost", CancellationToken.None);
        gate.SetResult();

        Assert.Equal(1, await first);
        Assert.Equal(4, await note);
        await Assert.ThrowsAsync<SqliteException>(() => failing);
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM note WHERE text = 'kept'"));
    }

    [Fact]
    public async Task WriteAsync_Committed_IsVisibleToAnotherConnectionWhenTheCallReturns()
    {
        await ExecuteAsync("CREATE TABLE note (text TEXT NOT NULL)");
        using var group = new SqliteCommitGroup(ConnectionString);
        var notes = group.AddLane<string, bool>(async (connection, transaction, texts, ct) =>
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO note (text) VALUES (@text)";
            var parameter = insert.Parameters.Add("@text", SqliteType.Text);
            foreach (var text in texts)
            {
                parameter.Value = text;
                await insert.ExecuteNonQueryAsync(ct);
            }

            return [.. texts.Select(_ => true)];
        });

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => notes.WriteAsync($"n{i}", CancellationToken.None)));

        Assert.Equal(50L, await ScalarAsync("SELECT count(*) FROM note"));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
