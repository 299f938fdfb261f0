using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FhirRecovery.Routing.Tests.Outbox;

/// <summary>The one test suite every outbox store must pass (SQLite and PostgreSQL subclass it).</summary>
public abstract class OutboxStoreContract : IAsyncLifetime
{
    protected static readonly OutboxOptions Options = new()
    {
        LeaseDuration = TimeSpan.FromMinutes(1),
        Retry = new RetryPolicy { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(30), MaxAttempts = 3, MaxAge = TimeSpan.FromHours(1) },
    };

    private static readonly CancellationToken None = CancellationToken.None;

    protected FakeTimeProvider Time { get; } = new(Messages.Start);

    protected IOutboxStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = CreateStore();
        await Store.InitializeAsync(None);
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    /// <summary>A store over this test's database; every call in one test reaches the same data (a second replica).</summary>
    protected abstract IOutboxStore CreateStore();

    [Fact]
    public async Task Enqueue_NewMessage_IsQueuedAndDueNow()
    {
        var result = await Store.EnqueueAsync(Messages.Request("r1"), None);

        Assert.True(result.Created);
        Assert.Equal(OutboxState.Queued, result.Message.State);
        Assert.Equal(Messages.Start, result.Message.NextAttemptAt);
        Assert.Equal("corr-r1", result.Message.CorrelationId);
        Assert.Equal(result.Message, await Store.GetStatusAsync(result.Message.Id, None));
    }

    [Fact]
    public async Task Enqueue_SameSenderAndKeyTwice_ReturnsTheFirstMessage()
    {
        var first = await Store.EnqueueAsync(Messages.Request("r1"), None);
        var second = await Store.EnqueueAsync(Messages.Request("r1") with { Body = "{}" }, None);

        Assert.False(second.Created);
        Assert.Equal(first.Message.Id, second.Message.Id);
        var claimed = await Store.ClaimDueAsync("w1", 10, None);
        Assert.Equal(Messages.Request("r1").Body, Assert.Single(claimed).Body);
    }

    [Fact]
    public async Task Enqueue_SameKeyFromAnotherSender_IsAnotherMessage()
    {
        var first = await Store.EnqueueAsync(Messages.Request("r1"), None);
        var second = await Store.EnqueueAsync(Messages.Request("r1", sender: "elm-tree-surgery"), None);

        Assert.True(second.Created);
        Assert.NotEqual(first.Message.Id, second.Message.Id);
    }

    [Fact]
    public async Task Enqueue_ConcurrentDuplicatesFromTwoReplicas_CreatesExactlyOne()
    {
        var replica = CreateStore();
        var attempts = Enumerable.Range(0, 16)
            .Select(i => Task.Run(() => (i % 2 == 0 ? Store : replica).EnqueueAsync(Messages.Request("same"), None)));

        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r.Created);
        Assert.Single(results.Select(r => r.Message.Id).Distinct());
    }

    [Fact]
    public async Task Enqueue_ManyConcurrentCallers_StoresEachMessageOnce()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 100)
            .Select(i => Task.Run(() => Store.EnqueueAsync(Messages.Request($"r{i}", patient: $"p{i}"), None))));

        Assert.All(results, r => Assert.True(r.Created));
        Assert.Equal(100, results.Select(r => r.Message.Id).Distinct().Count());
        Assert.Equal(100, (await CreateStore().ClaimDueAsync("w1", 500, None)).Count);
    }

    [Fact]
    public async Task Enqueue_NoSender_IsRefused()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.EnqueueAsync(Messages.Request("r1", sender: " "), None));
    }

    [Fact]
    public async Task ClaimDue_QueuedMessage_IsInFlightUnderALease()
    {
        var queued = await Store.EnqueueAsync(Messages.Request("r1"), None);

        var claimed = Assert.Single(await Store.ClaimDueAsync("w1", 10, None));

        Assert.Equal(queued.Message.Id, claimed.Id);
        Assert.Equal(1, claimed.AttemptCount);
        Assert.Equal("w1", claimed.LeaseOwner);
        Assert.Equal(Messages.Start + Options.LeaseDuration, claimed.LeaseExpiresAt);
        Assert.Equal(OutboxState.InFlight, (await Store.GetStatusAsync(claimed.Id, None))!.State);
    }

    [Fact]
    public async Task ClaimDue_AlreadyClaimed_IsNotClaimedAgainWhileTheLeaseHolds()
    {
        await Store.EnqueueAsync(Messages.Request("r1"), None);
        await Store.ClaimDueAsync("w1", 10, None);
        Time.Advance(Options.LeaseDuration - TimeSpan.FromSeconds(1));

        Assert.Empty(await CreateStore().ClaimDueAsync("w2", 10, None));
    }

    [Fact]
    public async Task ClaimDue_LeaseExpired_AnotherWorkerReclaimsAndTheFirstCannotRecord()
    {
        await Store.EnqueueAsync(Messages.Request("r1"), None);
        var first = Assert.Single(await Store.ClaimDueAsync("crashed", 10, None));
        Time.Advance(Options.LeaseDuration);

        var second = Assert.Single(await CreateStore().ClaimDueAsync("w2", 10, None));

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(2, second.AttemptCount);
        Assert.False(await Store.MarkDeliveredAsync(first, 200, null, None));
        Assert.Null(await Store.MarkAttemptFailedAsync(first, "late", permanent: false, None));
        Assert.True(await Store.MarkDeliveredAsync(second, 200, null, None));
    }

    [Fact]
    public async Task ClaimDue_SamePatientAndReceiver_ClaimsOnlyTheOldestUntilItIsDelivered()
    {
        var first = await Store.EnqueueAsync(Messages.Request("r1"), None);
        var second = await Store.EnqueueAsync(Messages.Request("r2"), None);

        var claimed = Assert.Single(await Store.ClaimDueAsync("w1", 10, None));
        Assert.Equal(first.Message.Id, claimed.Id);
        Assert.Empty(await Store.ClaimDueAsync("w1", 10, None));

        Assert.True(await Store.MarkDeliveredAsync(claimed, 200, "{}", None));
        Assert.Equal(second.Message.Id, Assert.Single(await Store.ClaimDueAsync("w1", 10, None)).Id);
    }

    [Fact]
    public async Task ClaimDue_OtherPatientOrReceiver_IsNotHeldBack()
    {
        await Store.EnqueueAsync(Messages.Request("r1"), None);
        await Store.EnqueueAsync(Messages.Request("r2"), None);
        await Store.EnqueueAsync(Messages.Request("r3", patient: "patient-b"), None);
        await Store.EnqueueAsync(Messages.Request("r4", receiver: "riverside-mh-fhir"), None);

        var claimed = await Store.ClaimDueAsync("w1", 10, None);

        Assert.Equal(["r1", "r3", "r4"], claimed.Select(m => m.IdempotencyKey).ToArray());
    }

    [Fact]
    public async Task ClaimDue_EarlierMessageWaitingForRetry_HoldsBackTheLaterOne()
    {
        await Store.EnqueueAsync(Messages.Request("r1"), None);
        var first = Assert.Single(await Store.ClaimDueAsync("w1", 10, None));
        await Store.EnqueueAsync(Messages.Request("r2"), None);
        Assert.Equal(OutboxState.Failed, await Store.MarkAttemptFailedAsync(first, "503 from receiver", permanent: false, None));

        var claimedNow = await Store.ClaimDueAsync("w1", 10, None);
        Time.Advance(Options.Retry.MaxDelay);
        var claimedLater = await Store.ClaimDueAsync("w1", 10, None);

        // Whether the jittered retry was already due or not, only r1 may be claimed: r2 waits behind it.
        Assert.Equal(["r1"], claimedNow.Concat(claimedLater).Select(m => m.IdempotencyKey).ToArray());
    }

    [Fact]
    public async Task ClaimDue_SkippedReceivers_LeavesTheirMessagesQueuedWithNoAttemptSpent()
    {
        await Store.EnqueueAsync(Messages.Request("r1"), None);
        await Store.EnqueueAsync(Messages.Request("r2", receiver: "riverside-mh-fhir"), None);
        await Store.EnqueueAsync(Messages.Request("r3", receiver: "elm-tree-surgery-fhir"), None);

        var claimed = await Store.ClaimDueAsync("w1", 10, ["riverside-mh-fhir", "elm-tree-surgery-fhir"], None);

        Assert.Equal(["r1"], claimed.Select(m => m.IdempotencyKey).ToArray());
        var waiting = await Store.ListByStateAsync(OutboxState.Queued, 10, None);
        Assert.Equal(["r2", "r3"], waiting.Select(m => m.IdempotencyKey).ToArray());
        Assert.All(waiting, m => Assert.Equal(0, m.AttemptCount));
        Assert.Equal(["r2", "r3"], (await Store.ClaimDueAsync("w1", 10, [], None)).Select(m => m.IdempotencyKey).ToArray());
    }

    [Fact]
    public async Task ExpediteReceiver_BackedOffMessages_AreDueNowOnlyForThatReceiver()
    {
        await Store.EnqueueAsync(Messages.Request("r1"), None);
        await Store.EnqueueAsync(Messages.Request("r2", receiver: "riverside-mh-fhir"), None);
        foreach (var claimed in await Store.ClaimDueAsync("w1", 10, None))
        {
            Assert.Equal(OutboxState.Failed, await Store.MarkAttemptFailedAsync(claimed, "connection refused", permanent: false, None));
        }

        // Make sure both retries lie in the future, whatever the jitter drew.
        Time.Advance(TimeSpan.FromMilliseconds(1));
        var before = await Store.ListByStateAsync(OutboxState.Failed, 10, None);
        var expedited = await Store.ExpediteReceiverAsync("riverside-mh-fhir", None);
        var claimedNow = await Store.ClaimDueAsync("w1", 10, None);

        var riverside = Assert.Single(before, m => m.ReceiverEndpointId == "riverside-mh-fhir");
        Assert.Equal(riverside.NextAttemptAt > Time.GetUtcNow() ? 1 : 0, expedited);
        Assert.Contains("r2", claimedNow.Select(m => m.IdempotencyKey));
        var northside = Assert.Single(before, m => m.ReceiverEndpointId != "riverside-mh-fhir");
        Assert.Equal(northside.NextAttemptAt <= Time.GetUtcNow(), claimedNow.Any(m => m.IdempotencyKey == "r1"));
    }

    [Fact]
    public async Task ClaimDue_RespectsTheBatchLimit()
    {
        for (var i = 0; i < 5; i++)
        {
            await Store.EnqueueAsync(Messages.Request($"r{i}", patient: $"p{i}"), None);
        }

        Assert.Equal(2, (await Store.ClaimDueAsync("w1", 2, None)).Count);
        Assert.Equal(3, (await Store.ClaimDueAsync("w1", 10, None)).Count);
    }

    [Fact]
    public async Task ClaimDue_BatchLimit_TakesTheOldestClaimableFirstPassingHeldBackOnes()
    {
        await Store.EnqueueAsync(Messages.Request("r0", patient: "p0"), None);
        await Store.EnqueueAsync(Messages.Request("r1", patient: "p0"), None);
        await Store.EnqueueAsync(Messages.Request("r2", patient: "p1"), None);
        await Store.EnqueueAsync(Messages.Request("r3", patient: "p2"), None);

        var claimed = await Store.ClaimDueAsync("w1", 2, None);

        Assert.Equal(["r0", "r2"], claimed.Select(m => m.IdempotencyKey).ToArray());
    }

    [Fact]
    public async Task MarkDelivered_RecordsTheReceiversAnswer()
    {
        await Store.EnqueueAsync(Messages.Request("r1"), None);
        var claimed = Assert.Single(await Store.ClaimDueAsync("w1", 10, None));
        Time.Advance(TimeSpan.FromSeconds(3));

        Assert.True(await Store.MarkDeliveredAsync(claimed, 201, """{"resourceType":"OperationOutcome"}""", None));

        var status = (await Store.GetStatusAsync(claimed.Id, None))!;
        Assert.Equal(OutboxState.Delivered, status.State);
        Assert.Equal(201, status.ReceiverStatus);
        Assert.Equal("""{"resourceType":"OperationOutcome"}""", status.ResponseBody);
        Assert.Equal(Messages.Start.AddSeconds(3), status.DeliveredAt);
        Assert.Null(status.NextAttemptAt);
        Assert.Empty(await Store.ClaimDueAsync("w1", 10, None));
    }

    [Fact]
    public async Task MarkAttemptFailed_Transient_SchedulesTheRetryWithinTheBackoffCeiling()
    {
        await Store.EnqueueAsync(Messages.Request("r1"), None);
        var claimed = Assert.Single(await Store.ClaimDueAsync("w1", 10, None));

        Assert.Equal(OutboxState.Failed, await Store.MarkAttemptFailedAsync(claimed, "connection refused", permanent: false, None));

        var status = (await Store.GetStatusAsync(claimed.Id, None))!;
        Assert.Equal(OutboxState.Failed, status.State);
        Assert.Equal("connection refused", status.LastError);
        Assert.InRange(status.NextAttemptAt!.Value, Messages.Start, Messages.Start + Options.Retry.Ceiling(1));
    }

    [Fact]
    public async Task MarkAttemptFailed_OutOfAttempts_DeadLettersWithTheLastError()
    {
        var queued = await Store.EnqueueAsync(Messages.Request("r1"), None);
        OutboxState? state = null;
        for (var attempt = 1; attempt <= Options.Retry.MaxAttempts; attempt++)
        {
            var claimed = Assert.Single(await Store.ClaimDueAsync("w1", 10, None));
            Assert.Equal(attempt, claimed.AttemptCount);
            state = await Store.MarkAttemptFailedAsync(claimed, $"failure {attempt}", permanent: false, None);
            Time.Advance(Options.Retry.MaxDelay);
        }

        Assert.Equal(OutboxState.DeadLettered, state);
        var status = (await Store.GetStatusAsync(queued.Message.Id, None))!;
        Assert.Equal(OutboxState.DeadLettered, status.State);
        Assert.Equal($"failure {Options.Retry.MaxAttempts}", status.LastError);
        Assert.NotNull(status.DeadLetteredAt);
        Assert.Empty(await Store.ClaimDueAsync("w1", 10, None));
    }

    [Fact]
    public async Task MarkAttemptFailed_OlderThanMaxAge_DeadLetters()
    {
        await Store.EnqueueAsync(Messages.Request("r1"), None);
        Time.Advance(Options.Retry.MaxAge);
        var claimed = Assert.Single(await Store.ClaimDueAsync("w1", 10, None));

        Assert.Equal(OutboxState.DeadLettered, await Store.MarkAttemptFailedAsync(claimed, "timeout", permanent: false, None));
    }

    [Fact]
    public async Task MarkAttemptFailed_Permanent_DeadLettersAtOnce()
    {
        await Store.EnqueueAsync(Messages.Request("r1"), None);
        var claimed = Assert.Single(await Store.ClaimDueAsync("w1", 10, None));

        Assert.Equal(OutboxState.DeadLettered, await Store.MarkAttemptFailedAsync(claimed, "422 from receiver", permanent: true, None));
    }

    [Fact]
    public async Task ReplayDeadLetter_PutsItBackWithAFreshRetryWindow()
    {
        await Store.EnqueueAsync(Messages.Request("r1"), None);
        var claimed = Assert.Single(await Store.ClaimDueAsync("w1", 10, None));
        await Store.MarkAttemptFailedAsync(claimed, "422", permanent: true, None);
        Time.Advance(Options.Retry.MaxAge * 2);

        Assert.True(await Store.ReplayDeadLetterAsync(claimed.Id, None));

        var status = (await Store.GetStatusAsync(claimed.Id, None))!;
        Assert.Equal(OutboxState.Queued, status.State);
        Assert.Equal(0, status.AttemptCount);
        var again = Assert.Single(await Store.ClaimDueAsync("w1", 10, None));
        Assert.Equal(1, again.AttemptCount);
        Assert.Equal(OutboxState.Failed, await Store.MarkAttemptFailedAsync(again, "503", permanent: false, None));
    }

    [Fact]
    public async Task ReplayDeadLetter_MessageNotDeadLettered_ReturnsFalse()
    {
        var queued = await Store.EnqueueAsync(Messages.Request("r1"), None);

        Assert.False(await Store.ReplayDeadLetterAsync(queued.Message.Id, None));
        Assert.False(await Store.ReplayDeadLetterAsync("no-such-id", None));
    }

    [Fact]
    public async Task DeadLetter_HoldsBackLaterMessagesForThePatientUntilReplayed()
    {
        await Store.EnqueueAsync(Messages.Request("r1"), None);
        var first = Assert.Single(await Store.ClaimDueAsync("w1", 10, None));
        await Store.EnqueueAsync(Messages.Request("r2"), None);
        await Store.MarkAttemptFailedAsync(first, "422", permanent: true, None);

        Assert.Empty(await Store.ClaimDueAsync("w1", 10, None));

        await Store.ReplayDeadLetterAsync(first.Id, None);
        var replayed = Assert.Single(await Store.ClaimDueAsync("w1", 10, None));
        Assert.Equal("r1", replayed.IdempotencyKey);
    }

    [Fact]
    public async Task ListByState_DeadLetters_ListsOnlyThemOldestFirst()
    {
        for (var i = 0; i < 3; i++)
        {
            await Store.EnqueueAsync(Messages.Request($"r{i}", patient: $"p{i}"), None);
        }

        var claimed = await Store.ClaimDueAsync("w1", 10, None);
        await Store.MarkAttemptFailedAsync(claimed[2], "422", permanent: true, None);
        await Store.MarkAttemptFailedAsync(claimed[0], "400", permanent: true, None);
        await Store.MarkDeliveredAsync(claimed[1], 200, null, None);

        var deadLetters = await Store.ListByStateAsync(OutboxState.DeadLettered, 10, None);

        Assert.Equal(["r0", "r2"], deadLetters.Select(m => m.IdempotencyKey).ToArray());
        Assert.Equal(["400", "422"], deadLetters.Select(m => m.LastError ?? string.Empty).ToArray());
    }

    [Fact]
    public async Task GetStatus_UnknownId_ReturnsNull()
    {
        Assert.Null(await Store.GetStatusAsync("00000000000000000000000000000000", None));
    }

    [Fact]
    public async Task NewStoreInstance_SameDatabase_SeesAcceptedMessages()
    {
        var queued = await Store.EnqueueAsync(Messages.Request("r1"), None);

        var restarted = CreateStore();
        await restarted.InitializeAsync(None);

        Assert.Equal(OutboxState.Queued, (await restarted.GetStatusAsync(queued.Message.Id, None))!.State);
        Assert.Single(await restarted.ClaimDueAsync("w1", 10, None));
    }
}
