using System.Net;
using FhirRecovery.Gateway.Tests.Infrastructure;
using FhirRecovery.Routing.Resolution;

namespace FhirRecovery.Gateway.Tests.Delivery;

/// <summary>The routed <c>POST /Task</c> about a referral this gateway did not route: its receiver comes from the
/// target header, or else from Task.restriction.recipient / Task.requester (the referral workflow's own rules, for
/// referrals the gateway routed, are tested in Pathways).</summary>
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
    public async Task Task_WithoutTargetHeaderAndNoRoutableRequester_Answers400AndSendsNothing()
    {
        using var client = testbed.CreateClient();
        var requestId = Guid.NewGuid().ToString("N");
        using var request = FhirHttp.Post("/Task", IgExamples.ReferralTask(), FhirHttp.FhirJson);
        request.Headers.Add("X-Request-ID", requestId);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var issue = Assert.Single(FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(response, "OperationOutcome")), i => i.IsError);
        Assert.Contains("PractitionerRole", issue.Text, StringComparison.Ordinal);
        Assert.All(testbed.Receivers.Values, r => Assert.Equal(0, r.CountOf(requestId)));
    }
}
