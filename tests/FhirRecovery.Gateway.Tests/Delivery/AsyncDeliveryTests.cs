using System.Net;
using FhirRecovery.Gateway.Tests.Infrastructure;

namespace FhirRecovery.Gateway.Tests.Delivery;

[Collection(RoutingTestGroup.Name)]
public sealed class AsyncDeliveryTests(RoutingTestbed testbed)
{
    [Fact]
    public Task ProcessMessage_ReleaseHandover_AcceptedThenDeliveredOnce() =>
        AsyncDeliveryScenarios.ReleaseHandover_IsAcceptedThenDeliveredOnceAsync(testbed);

    [Fact]
    public Task ProcessMessage_SameRequestIdTwice_AcceptedOnceDeliveredOnce() =>
        AsyncDeliveryScenarios.SameRequestIdTwice_IsAcceptedOnceDeliveredOnceAsync(testbed);

    [Fact]
    public async Task ProcessMessage_ReceiverDownThenBack_DeliveredOnceAfterItReturns()
    {
        using var client = testbed.CreateClient();
        var southside = testbed["southside"];
        var requestId = Guid.NewGuid().ToString("N");
        await southside.StopAsync();
        string location;
        try
        {
            location = await AsyncDeliveryScenarios.AcceptAsync(client, "/$process-message", IgExamples.SharedCareUpdateTo("southside-cds"), requestId);
            var failing = await RoutingTestbed.WaitForStateAsync(client, location, "failed", "dead-lettered");
            Assert.Equal("failed", RoutingTestbed.Parameter(failing, "state"));
            Assert.NotNull(RoutingTestbed.Parameter(failing, "last-error"));
        }
        finally
        {
            await southside.StartAsync();
        }

        var delivered = await RoutingTestbed.WaitForStateAsync(client, location, "delivered", "dead-lettered");
        Assert.Equal("delivered", RoutingTestbed.Parameter(delivered, "state"));
        Assert.Equal(1, southside.CountOf(requestId));
    }

    [Fact]
    public async Task DeadLetter_AfterMaxAttempts_KeepsLastErrorAndReplayDeliversIt()
    {
        using var client = testbed.CreateClient();
        var prison = testbed["prison"];
        var requestId = Guid.NewGuid().ToString("N");
        prison.Failing = true;
        string location;
        try
        {
            location = await AsyncDeliveryScenarios.AcceptAsync(client, "/$process-message", IgExamples.SharedCareUpdateTo("hmp-kirkstall"), requestId);
            var dead = await RoutingTestbed.WaitForStateAsync(client, location, "dead-lettered", "delivered");
            Assert.Equal("dead-lettered", RoutingTestbed.Parameter(dead, "state"));
            Assert.Equal("4", RoutingTestbed.Parameter(dead, "attempts"));
            Assert.Contains("503", RoutingTestbed.Parameter(dead, "last-error"), StringComparison.Ordinal);
        }
        finally
        {
            prison.Failing = false;
        }

        var id = location[(location.LastIndexOf('/') + 1)..];
        using var operators = testbed.CreateOperatorClient();
        using var list = await operators.GetAsync(new Uri("/_admin/dead-letters", UriKind.Relative));
        Assert.Contains(id, await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, prison.CountOf(requestId));

        using var replay = await operators.PostAsync(new Uri($"/_admin/dead-letters/{id}/$replay", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        await RoutingTestbed.WaitForStateAsync(client, location, "delivered");
        Assert.Equal(1, prison.CountOf(requestId));
    }

    [Fact]
    public async Task Replay_MessageNotDeadLettered_Answers409()
    {
        using var client = testbed.CreateClient();
        var location = await AsyncDeliveryScenarios.AcceptAsync(client, "/$process-message", IgExamples.SharedCareUpdate, Guid.NewGuid().ToString("N"));
        await RoutingTestbed.WaitForStateAsync(client, location, "delivered");
        using var operators = testbed.CreateOperatorClient();

        using var replay = await operators.PostAsync(new Uri($"/_admin/dead-letters/{location[(location.LastIndexOf('/') + 1)..]}/$replay", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
    }
}
