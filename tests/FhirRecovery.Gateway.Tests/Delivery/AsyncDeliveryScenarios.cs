using System.Net;
using FhirRecovery.Gateway.Tests.Infrastructure;

namespace FhirRecovery.Gateway.Tests.Delivery;

/// <summary>The store-and-forward scenarios, written once and run on both outbox providers.</summary>
internal static class AsyncDeliveryScenarios
{
    /// <summary>Posts with Prefer: respond-async; asserts 202 with a Content-Location and returns it.</summary>
    public static async Task<string> AcceptAsync(HttpClient client, string path, string body, string requestId)
    {
        using var request = FhirHttp.Post(path, body, FhirHttp.FhirJson);
        request.Headers.Add("X-Request-ID", requestId);
        request.Headers.Add("Prefer", "respond-async");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Content.Headers.ContentLocation ?? response.Headers.Location;
        Assert.NotNull(location);
        return location.OriginalString;
    }

    public static async Task ReleaseHandover_IsAcceptedThenDeliveredOnceAsync(RoutingTestbed testbed)
    {
        using var client = testbed.CreateClient(TestTokens.DefaultOds);
        var requestId = Guid.NewGuid().ToString("N");
        using var request = FhirHttp.Post("/$process-message", IgExamples.ReleaseHandover, FhirHttp.FhirJson);
        request.Headers.Add("X-Request-ID", requestId);

        // No Prefer header: release-handover is a store-and-forward event by policy.
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Content.Headers.ContentLocation!.OriginalString;
        var status = await RoutingTestbed.WaitForStateAsync(client, location, "delivered", "dead-lettered");
        Assert.Equal("delivered", RoutingTestbed.Parameter(status, "state"));
        Assert.Equal("201", RoutingTestbed.Parameter(status, "receiver-status"));
        Assert.Contains("received by northside", RoutingTestbed.Parameter(status, "receiver-response"), StringComparison.Ordinal);
        Assert.Equal(1, testbed["northside"].CountOf(requestId));
        var received = Assert.Single(testbed["northside"].Received, r => r.RequestId == requestId);
        Assert.Equal("Bearer " + RoutingTestbed.GatewayCredential, received.Authorization);
    }

    /// <summary>The same sender and X-Request-ID twice: one acceptance (same status address), one delivery.
    /// Returns the status address.</summary>
    public static async Task<string> SameRequestIdTwice_IsAcceptedOnceDeliveredOnceAsync(RoutingTestbed testbed)
    {
        using var client = testbed.CreateClient();
        var requestId = Guid.NewGuid().ToString("N");

        var first = await AcceptAsync(client, "/$process-message", IgExamples.SharedCareUpdate, requestId);
        var second = await AcceptAsync(client, "/$process-message", IgExamples.SharedCareUpdate, requestId);

        Assert.Equal(first, second);
        await RoutingTestbed.WaitForStateAsync(client, first, "delivered");
        Assert.Equal(1, testbed["gp"].CountOf(requestId));
        return first;
    }
}
