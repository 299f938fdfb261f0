using FhirRecovery.Routing.Audit;
using FhirRecovery.Routing.Delivery;
using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.Outbox.Sqlite;
using FhirRecovery.Routing.ServiceDirectory;
using FhirRecovery.Routing.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FhirRecovery.Routing.Tests.Delivery;

public sealed class DeliveryWorkerTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly OutboxOptions Options = new()
    {
        LeaseDuration = TimeSpan.FromMinutes(1),
        Retry = new RetryPolicy { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30), MaxAttempts = 3, MaxAge = TimeSpan.FromHours(1) },
    };

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fr-worker-" + Guid.NewGuid().ToString("N"));
    private readonly FakeTimeProvider _time = new(Messages.Start);
    private readonly ScriptedTransport _transport = new();
    private readonly RecordingAuditSink _audit = new();
    private readonly IDirectorySource _directory = new StaticDirectorySource(RoutingDirectoryLoader.Load(DirectoryFolder.SamplePath).Directory!);
    private SqliteOutboxStore _store = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _store = new SqliteOutboxStore(Path.Combine(_folder, "outbox.db"), Options, _time);
        await _store.InitializeAsync(None);
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ProcessDue_ReceiverAccepts_RecordsDeliveryAndAuditsWithoutContent()
    {
        var queued = await _store.EnqueueAsync(Messages.Request("r1"), None);

        Assert.Equal(1, await Worker().ProcessDueAsync(None));

        var status = (await _store.GetStatusAsync(queued.Message.Id, None))!;
        Assert.Equal(OutboxState.Delivered, status.State);
        Assert.Equal(200, status.ReceiverStatus);
        Assert.Equal(1, _transport.DeliveredByRequestId["r1"]);
        Assert.Equal([AuditAction.DeliveryAttempt, AuditAction.Delivered], _audit.Records.Select(r => r.Action).ToArray());
        var delivered = _audit.Records.Last();
        Assert.Equal(AuditOutcome.Success, delivered.Outcome);
        Assert.Equal("northside-cds", delivered.ReceiverOrganizationId);
        Assert.Equal("hmp-kirkstall", delivered.SenderId);
        Assert.Equal(queued.Message.Id, delivered.MessageId);
        Assert.DoesNotContain(_audit.Records, r => (r.ToString() ?? string.Empty).Contains("patient-a", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProcessDue_ReceiverKnownDown_IsNotTriedAndSpendsNoAttemptUntilItIsBack()
    {
        var queued = await _store.EnqueueAsync(Messages.Request("r1"), None);
        var health = new SettableReceiverHealth { Down = ["northside-cds-fhir"] };
        var worker = new DeliveryWorker(_store, _transport, _directory, _audit, new DeliveryWorkerOptions { WorkerId = "w1" }, _time,
            NullLogger<DeliveryWorker>.Instance, health);

        Assert.Equal(0, await worker.ProcessDueAsync(None));
        Assert.Empty(_transport.Attempts);
        Assert.Equal(0, (await _store.GetStatusAsync(queued.Message.Id, None))!.AttemptCount);

        health.Down = [];
        Assert.Equal(1, await worker.ProcessDueAsync(None));
        var status = (await _store.GetStatusAsync(queued.Message.Id, None))!;
        Assert.Equal(OutboxState.Delivered, status.State);
        Assert.Equal(1, status.AttemptCount);
    }

    private sealed class SettableReceiverHealth : IReceiverHealth
    {
        public IReadOnlyCollection<string> Down { get; set; } = [];

        public IReadOnlyCollection<string> KnownDown => Down;

        public bool IsKnownDown(string endpointId) => Down.Contains(endpointId);
    }

    [Fact]
    public async Task ProcessDue_ReceiverDownThenBack_RetriesAfterBackoffAndDeliversOnce()
    {
        var queued = await _store.EnqueueAsync(Messages.Request("r1"), None);
        _transport.Script = (_, _) => new DeliveryAttemptResult.TransientFailure("connection refused");
        var worker = Worker();
        await worker.ProcessDueAsync(None);
        Assert.Equal(OutboxState.Failed, (await _store.GetStatusAsync(queued.Message.Id, None))!.State);

        _transport.Script = (_, _) => new DeliveryAttemptResult.Delivered(200, null);
        _time.Advance(Options.Retry.Ceiling(1));
        await worker.ProcessDueAsync(None);

        var status = (await _store.GetStatusAsync(queued.Message.Id, None))!;
        Assert.Equal(OutboxState.Delivered, status.State);
        Assert.Equal(2, status.AttemptCount);
        Assert.Equal(1, _transport.DeliveredByRequestId["r1"]);
        Assert.Contains(_audit.Records, r => r.Action == AuditAction.DeliveryAttempt && r.Outcome == AuditOutcome.MinorFailure && r.Detail == "connection refused");
    }

    [Fact]
    public async Task ProcessDue_PermanentFailure_DeadLettersAtOnceAndAudits()
    {
        var queued = await _store.EnqueueAsync(Messages.Request("r1"), None);
        _transport.Script = (_, _) => new DeliveryAttemptResult.PermanentFailure("422 Unprocessable Entity");

        await Worker().ProcessDueAsync(None);

        var status = (await _store.GetStatusAsync(queued.Message.Id, None))!;
        Assert.Equal(OutboxState.DeadLettered, status.State);
        Assert.Equal("422 Unprocessable Entity", status.LastError);
        Assert.Contains(_audit.Records, r => r.Action == AuditAction.DeadLettered && r.Outcome == AuditOutcome.SeriousFailure);
    }

    [Fact]
    public async Task ProcessDue_TransientUntilOutOfAttempts_DeadLettersWithTheLastError()
    {
        var queued = await _store.EnqueueAsync(Messages.Request("r1"), None);
        var attempt = 0;
        _transport.Script = (_, _) => new DeliveryAttemptResult.TransientFailure($"503 attempt {++attempt}");
        var worker = Worker();

        for (var i = 0; i < Options.Retry.MaxAttempts; i++)
        {
            await worker.ProcessDueAsync(None);
            _time.Advance(Options.Retry.MaxDelay);
        }

        var status = (await _store.GetStatusAsync(queued.Message.Id, None))!;
        Assert.Equal(OutboxState.DeadLettered, status.State);
        Assert.Equal($"503 attempt {Options.Retry.MaxAttempts}", status.LastError);
        Assert.Equal(0, await worker.ProcessDueAsync(None));
    }

    [Fact]
    public async Task ProcessDue_TransportThrows_CountsAsTransientFailure()
    {
        var queued = await _store.EnqueueAsync(Messages.Request("r1"), None);
        _transport.Script = (_, _) => throw new HttpRequestException("Connection refused (127.0.0.1:5102)");

        await Worker().ProcessDueAsync(None);

        var status = (await _store.GetStatusAsync(queued.Message.Id, None))!;
        Assert.Equal(OutboxState.Failed, status.State);
        Assert.StartsWith("HttpRequestException", status.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessDue_EndpointRemovedFromDirectory_RetriesInsteadOfSending()
    {
        var queued = await _store.EnqueueAsync(Messages.Request("r1", receiver: "gone-endpoint"), None);

        await Worker().ProcessDueAsync(None);

        Assert.Empty(_transport.Attempts);
        var status = (await _store.GetStatusAsync(queued.Message.Id, None))!;
        Assert.Equal(OutboxState.Failed, status.State);
        Assert.Contains("gone-endpoint", status.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessDue_SeveralMessagesForOnePatient_DeliversThemInAcceptanceOrder()
    {
        for (var i = 0; i < 5; i++)
        {
            await _store.EnqueueAsync(Messages.Request($"r{i}"), None);
            await _store.EnqueueAsync(Messages.Request($"b{i}", patient: "patient-b"), None);
        }

        var failedOnce = new HashSet<string>();
        _transport.Script = (m, _) => m.IdempotencyKey == "r2" && failedOnce.Add(m.IdempotencyKey)
            ? new DeliveryAttemptResult.TransientFailure("503")
            : new DeliveryAttemptResult.Delivered(200, null);
        var worker = Worker();
        for (var cycle = 0; cycle < 20 && _transport.DeliveredByRequestId.Count < 10; cycle++)
        {
            await worker.ProcessDueAsync(None);
            _time.Advance(Options.Retry.MaxDelay);
        }

        Assert.Equal(["r0", "r1", "r2", "r3", "r4"], _transport.OrderFor("patient-a"));
        Assert.Equal(["b0", "b1", "b2", "b3", "b4"], _transport.OrderFor("patient-b"));
    }

    [Fact]
    public async Task ProcessDue_AuditSinkDown_DeliveryIsStillRecorded()
    {
        var queued = await _store.EnqueueAsync(Messages.Request("r1"), None);
        _audit.Fail = true;

        await Worker().ProcessDueAsync(None);

        Assert.Equal(OutboxState.Delivered, (await _store.GetStatusAsync(queued.Message.Id, None))!.State);
    }

    [Fact]
    public async Task ProcessDue_WorkerCrashedHoldingALease_AnotherWorkerDeliversAfterExpiry()
    {
        var queued = await _store.EnqueueAsync(Messages.Request("r1"), None);
        Assert.Single(await _store.ClaimDueAsync("crashed-worker", 10, None));
        var survivor = Worker();

        Assert.Equal(0, await survivor.ProcessDueAsync(None));
        _time.Advance(Options.LeaseDuration);
        Assert.Equal(1, await survivor.ProcessDueAsync(None));

        Assert.Equal(OutboxState.Delivered, (await _store.GetStatusAsync(queued.Message.Id, None))!.State);
        Assert.Equal(1, _transport.DeliveredByRequestId["r1"]);
    }

    [Fact]
    public async Task RunAsync_MessagesAccepted_DeliversThemUntilCancelled()
    {
        var store = new SqliteOutboxStore(Path.Combine(_folder, "run.db"), Options, TimeProvider.System);
        await store.InitializeAsync(None);
        var worker = new DeliveryWorker(store, _transport, _directory, _audit, new DeliveryWorkerOptions { PollInterval = TimeSpan.FromMilliseconds(20) }, TimeProvider.System, NullLogger<DeliveryWorker>.Instance);
        using var stop = new CancellationTokenSource();
        var running = worker.RunAsync(stop.Token);

        for (var i = 0; i < 20; i++)
        {
            await store.EnqueueAsync(Messages.Request($"r{i}", patient: $"p{i % 3}"), None);
            worker.Wake();
        }

        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(30);
        while (_transport.DeliveredByRequestId.Count < 20 && TimeProvider.System.GetUtcNow() < deadline)
        {
            await Task.Delay(20);
        }

        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(20, _transport.DeliveredByRequestId.Count);
        Assert.All(_transport.DeliveredByRequestId.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public void Constructor_InvalidOptions_Throws()
    {
        Assert.Throws<ArgumentException>(() => Worker(new DeliveryWorkerOptions { BatchSize = 0 }));
    }

    private DeliveryWorker Worker(DeliveryWorkerOptions? options = null) =>
        new(_store, _transport, _directory, _audit, options ?? new DeliveryWorkerOptions(), _time, NullLogger<DeliveryWorker>.Instance);
}
