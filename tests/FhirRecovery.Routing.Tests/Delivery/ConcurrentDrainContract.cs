using FhirRecovery.Routing.Delivery;
using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.ServiceDirectory;
using FhirRecovery.Routing.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FhirRecovery.Routing.Tests.Delivery;

/// <summary>Two replicas (store + worker each) drain one queue at the same time: every message delivered exactly once, in order per patient.</summary>
public abstract class ConcurrentDrainContract
{
    protected const int Patients = 25;
    protected const int MessagesPerPatient = 12;

    protected static readonly OutboxOptions Options = new()
    {
        LeaseDuration = TimeSpan.FromMinutes(5),
        Retry = new RetryPolicy { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(10), MaxAttempts = 50, MaxAge = TimeSpan.FromDays(1) },
    };

    protected FakeTimeProvider Time { get; } = new(Messages.Start);

    protected abstract IOutboxStore CreateReplicaStore();

    [Fact]
    public async Task TwoReplicas_DrainOneQueueConcurrently_EachMessageDeliveredExactlyOnceInOrder()
    {
        var first = CreateReplicaStore();
        await first.InitializeAsync(CancellationToken.None);
        var second = CreateReplicaStore();
        await second.InitializeAsync(CancellationToken.None);
        for (var n = 0; n < MessagesPerPatient; n++)
        {
            for (var p = 0; p < Patients; p++)
            {
                await (p % 2 == 0 ? first : second).EnqueueAsync(Messages.Request($"p{p}-m{n:D2}", patient: $"p{p}"), CancellationToken.None);
            }
        }

        // Every fifth message fails once, so retries and their backoff are part of the race.
        var failedOnce = new System.Collections.Concurrent.ConcurrentDictionary<string, bool>();
        var transport = new ScriptedTransport((m, _) => m.IdempotencyKey.EndsWith('5') && failedOnce.TryAdd(m.IdempotencyKey, true)
            ? new DeliveryAttemptResult.TransientFailure("503")
            : new DeliveryAttemptResult.Delivered(200, null));
        var directory = new StaticDirectorySource(RoutingDirectoryLoader.Load(DirectoryFolder.SamplePath).Directory!);
        var workers = new[] { first, second }.Select((store, i) => new DeliveryWorker(
            store, transport, directory, new RecordingAuditSink(),
            new DeliveryWorkerOptions { WorkerId = $"replica-{i}", BatchSize = 10, MaxParallelDeliveries = 4 },
            Time, NullLogger<DeliveryWorker>.Instance)).ToArray();

        const int total = Patients * MessagesPerPatient;
        for (var round = 0; round < 400 && transport.DeliveredByRequestId.Count < total; round++)
        {
            await Task.WhenAll(workers.Select(w => Task.Run(() => w.ProcessDueAsync(CancellationToken.None))));
            if (round % 4 == 3)
            {
                Time.Advance(Options.Retry.MaxDelay);
            }
        }

        Assert.Equal(total, transport.DeliveredByRequestId.Count);
        Assert.All(transport.DeliveredByRequestId, pair => Assert.Equal(1, pair.Value));
        for (var p = 0; p < Patients; p++)
        {
            var expected = Enumerable.Range(0, MessagesPerPatient).Select(n => $"p{p}-m{n:D2}").ToArray();
            Assert.Equal(expected, transport.OrderFor($"p{p}"));
        }
    }
}
