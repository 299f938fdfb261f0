using FhirRecovery.Gateway.Audit;
using FhirRecovery.Routing.Audit;
using FhirRecovery.Routing.Outbox.Sqlite;
using Microsoft.Data.Sqlite;

namespace FhirRecovery.Gateway.Tests.Audit;

/// <summary>The audit queue's writer on a real SQLite file: one connection for many batches, a fresh one after a failure.</summary>
public sealed class AuditBatchWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("fhir-recovery-audit-").FullName;
    private readonly string _connectionString;
    private readonly RelationalAuditStore _store;

    public AuditBatchWriterTests()
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "audit.db") }.ToString();
        _store = new RelationalAuditStore(async ct => await DurableSqlite.OpenAsync(_connectionString, ct), "audit_event", null, AuditCommitSql.Sqlite);
        _store.InitializeAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task WriteAsync_SeveralBatches_EveryRecordStoredOnceInOrderOfIds(bool synced)
    {
        await using var writer = new AuditBatchWriter(_store, synced);

        await writer.WriteAsync([Record("a", 1), Record("a", 2)], CancellationToken.None);
        await writer.WriteAsync([Record("a", 3)], CancellationToken.None);

        var found = await _store.SearchAsync(new AuditQuery(null, null, "a", null, 10), CancellationToken.None);
        Assert.Equal([1, 2, 3], found.Select(f => f.Record.Attempt!.Value).Order());
        // Time-ordered ids: a later record's id sorts after an earlier one's.
        var byTime = found.OrderBy(f => f.Record.Recorded).Select(f => f.Id).ToList();
        Assert.Equal(byTime.Order(StringComparer.Ordinal), byTime);
    }

    [Fact]
    public async Task WriteAsync_AfterAFailedBatch_NextBatchOnAFreshConnectionSucceeds()
    {
        await using var writer = new AuditBatchWriter(_store, synced: true);
        await writer.WriteAsync([Record("b", 1)], CancellationToken.None);

        Execute("ALTER TABLE audit_event RENAME TO audit_event_away;");
        await Assert.ThrowsAsync<SqliteException>(() => writer.WriteAsync([Record("b", 2)], CancellationToken.None));
        Execute("ALTER TABLE audit_event_away RENAME TO audit_event;");
        await writer.WriteAsync([Record("b", 3)], CancellationToken.None);

        var found = await _store.SearchAsync(new AuditQuery(null, null, "b", null, 10), CancellationToken.None);
        Assert.Equal([1, 3], found.Select(f => f.Record.Attempt!.Value).Order());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static AuditRecord Record(string sender, int attempt) => new(
        DateTimeOffset.Parse("2026-11-23T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture).AddMilliseconds(attempt),
        AuditAction.DeliveryAttempt, AuditOutcome.Success, sender, sender, "e04", "riverside-mh", "m-" + sender, "Task", null, attempt);

    private void Execute(string sql)
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
