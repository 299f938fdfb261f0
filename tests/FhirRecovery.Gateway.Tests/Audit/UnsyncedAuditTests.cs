using FhirRecovery.Gateway.Audit;
using FhirRecovery.Gateway.Delivery;
using FhirRecovery.Routing.Audit;
using FhirRecovery.Routing.Outbox.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FhirRecovery.Gateway.Tests.Audit;

/// <summary>
/// Proxied reads' AuditEvents committed without waiting for the disk, on a real SQLite file in WAL mode. What a
/// commit leaves only in the write-ahead log is invisible to a reader of the database file alone (<c>immutable=1</c>
/// ignores the log); a sync (checkpoint) puts it in the file.
/// </summary>
public sealed class UnsyncedAuditTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fhir-recovery-audit-").FullName;
    private readonly string _file;
    private readonly RelationalAuditStore _store;
    private readonly SqliteOutboxStore _outbox;

    public UnsyncedAuditTests()
    {
        _file = Path.Combine(_folder, "audit.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = _file }.ToString();
        _store = new RelationalAuditStore(async ct => await DurableSqlite.OpenAsync(connectionString, ct), "audit_event", null, AuditCommitSql.Sqlite);
        // As the gateway runs by default: the audit trail in the outbox's file (WAL), written through its group commit.
        _outbox = new SqliteOutboxStore(_file, new FhirRecovery.Routing.Outbox.OutboxOptions(), TimeProvider.System);
        _outbox.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
        _store.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
        Checkpoint(connectionString);
    }

    [Fact]
    public async Task Sink_ProxiedRead_CommittedAndSearchableButNotYetInTheDatabaseFile()
    {
        using var sink = new GroupCommitAuditSink(_store, _outbox, Options.Create(new OutboxSettings()));

        await sink.WriteAsync(Read("unsynced-1"), CancellationToken.None);

        var found = await _store.SearchAsync(new AuditQuery(null, null, "unsynced-1", null, 10), CancellationToken.None);
        Assert.Single(found);
        Assert.Equal(0, CountInDatabaseFile("unsynced-1"));
    }

    [Fact]
    public async Task FlushAsync_AfterUnsyncedReads_RecordsAreInTheDatabaseFile()
    {
        using var sink = new GroupCommitAuditSink(_store, _outbox, Options.Create(new OutboxSettings()));
        await sink.WriteAsync(Read("flushed-1"), CancellationToken.None);
        await sink.WriteAsync(Read("flushed-1"), CancellationToken.None);

        await _store.FlushAsync(CancellationToken.None);

        Assert.Equal(2, CountInDatabaseFile("flushed-1"));
    }

    [Fact]
    public async Task Sink_ProxiedReadWithInterval_SyncedByTheFlusherOnItsTick()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-23T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var settings = Options.Create(new OutboxSettings { ProxiedReadAuditSyncInterval = TimeSpan.FromMilliseconds(200) });
        using var sink = new GroupCommitAuditSink(_store, _outbox, settings);
        using var flusher = new UnsyncedAuditFlusher(sink, _store, settings, time, NullLogger<UnsyncedAuditFlusher>.Instance);
        await flusher.StartAsync(CancellationToken.None);

        await sink.WriteAsync(Read("tick-1"), CancellationToken.None);
        Assert.Equal(0, CountInDatabaseFile("tick-1"));

        await WaitUntilAsync(() =>
        {
            time.Advance(TimeSpan.FromMilliseconds(200));
            return CountInDatabaseFile("tick-1") == 1;
        });
        await flusher.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Sink_IntervalZero_ProxiedReadSyncedBeforeWriteReturns()
    {
        var settings = Options.Create(new OutboxSettings { ProxiedReadAuditSyncInterval = TimeSpan.Zero });
        using var sink = new GroupCommitAuditSink(_store, _outbox, settings);

        await sink.WriteAsync(Read("strict-1"), CancellationToken.None);

        // A synced WAL commit is not in the database file either: what tells them apart is that nothing is left to flush.
        Assert.False(sink.TakeUnsynced());
        Assert.Single(await _store.SearchAsync(new AuditQuery(null, null, "strict-1", null, 10), CancellationToken.None));
    }

    [Fact]
    public async Task Sink_OtherActions_NeverLeftUnsynced()
    {
        var settings = Options.Create(new OutboxSettings { ProxiedReadAuditSyncInterval = TimeSpan.FromSeconds(1) });
        using var sink = new GroupCommitAuditSink(_store, _outbox, settings);

        await sink.WriteAsync(Read("accepted-1") with { Action = AuditAction.Accepted }, CancellationToken.None);
        Assert.False(sink.TakeUnsynced());

        await sink.WriteAsync(Read("read-1"), CancellationToken.None);
        Assert.True(sink.TakeUnsynced());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10_001)]
    public void Validator_IntervalOutOfRange_Refused(int milliseconds)
    {
        var result = new OutboxSettingsValidator().Validate(null, new OutboxSettings { ProxiedReadAuditSyncInterval = TimeSpan.FromMilliseconds(milliseconds) });

        Assert.True(result.Failed);
        Assert.Contains("ProxiedReadAuditSyncInterval", result.FailureMessage, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _outbox.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static AuditRecord Read(string reader) => new(
        DateTimeOffset.Parse("2026-11-23T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture), AuditAction.ProxiedRead,
        AuditOutcome.Success, reader, reader, "e04", "riverside-mh", null, "Task", null);

    /// <summary>Rows of <paramref name="sender"/> in the database file itself, the write-ahead log ignored.</summary>
    private long CountInDatabaseFile(string sender)
    {
        using var connection = new SqliteConnection($"Data Source=file:{_file}?immutable=1;Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM audit_event WHERE sender_id = @sender";
        count.Parameters.AddWithValue("@sender", sender);
        return (long)count.ExecuteScalar()!;
    }

    private static void Checkpoint(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        checkpoint.ExecuteNonQuery();
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition());
    }
}
