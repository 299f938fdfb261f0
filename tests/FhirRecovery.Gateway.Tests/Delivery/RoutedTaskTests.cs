using System.Net;
using FhirRecovery.Gateway.Tests.Infrastructure;
using FhirRecovery.Routing.Resolution;

namespace FhirRecovery.Gateway.Tests.Delivery;

/// <summary>The routed <c>POST /Task</c>: its receiver comes only from the target header (a Task has no performer
/// list the way a ServiceRequest has).</summary>
[Collection(RoutingTestGroup.Name)]
public sealed class RoutedTaskTests(RoutingTestbed testbed)
{
    private const string OdsSystem = "https://fhir.nhs.uk/Id/ods-organization-code";

    [Fact]
    public async Task Task_TargetHeaderNamesTheReceiver_DeliveredSynchronouslyAndAnswerRelayed()
    {
        using var client = testbed.CreateClient();
        var requestId = Guid.NewGuid().ToString("N");
        using var request = FhirHttp.Post("/Task", IgExamples.ReferralTask(), FhirHttp.FhirJson);
        request.Headers.Add("X-Request-ID", requestId);
        request.Headers.Add(TargetHeader.Name, TargetHeader.Format(OdsSystem, "FRM01"));

        using var response = await client.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        Assert.Contains("received by mental-health", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var received = Assert.Single(testbed["mental-health"].Received, r => r.RequestId == requestId);
        Assert.Equal("Task", received.Path);
        Assert.Empty(received.TargetHeader);
        Assert.Contains("\"resourceType\":\"Task\"", received.Body.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Task_RespondAsync_AcceptedThenDeliveredOnce()
    {
        using var client = testbed.CreateClient();
        var requestId = Guid.NewGuid().ToString("N");
        using var request = FhirHttp.Post("/Task", IgExamples.ReferralTask(), FhirHttp.FhirJson);
        request.Headers.Add("X-Request-ID", requestId);
        request.Headers.Add("Prefer", "respond-async");
        request.Headers.Add(TargetHeader.Name, TargetHeader.Format(OdsSystem, "FRD02"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Content.Headers.ContentLocation!.OriginalString;
        var status = await RoutingTestbed.WaitForStateAsync(client, location, "delivered", "dead-lettered");
        Assert.Equal("delivered", RoutingTestbed.Parameter(status, "state"));
        Assert.Equal("Task", RoutingTestbed.Parameter(status, "kind"));
        Assert.Equal(1, testbed["southside"].CountOf(requestId));
        Assert.Equal("Task", Assert.Single(testbed["southside"].Received, r => r.RequestId == requestId).Path);
    }

    [Fact]
    public async Task Task_WithoutTargetHeader_Answers400AndSendsNothing()
    {
        using var client = testbed.CreateClient();
        var requestId = Guid.NewGuid().ToString("N");
        using var request = FhirHttp.Post("/Task", IgExamples.ReferralTask(), FhirHttp.FhirJson);
        request.Headers.Add("X-Request-ID", requestId);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var issue = Assert.Single(FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(response, "OperationOutcome")), i => i.IsError);
        Assert.Contains(TargetHeader.Name, issue.Text, StringComparison.Ordinal);
        Assert.All(testbed.Receivers.Values, r => Assert.Equal(0, r.CountOf(requestId)));
    }
}
