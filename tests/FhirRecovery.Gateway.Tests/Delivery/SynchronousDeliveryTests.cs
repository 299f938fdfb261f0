using System.Net;
using FhirRecovery.Gateway.Tests.Infrastructure;

namespace FhirRecovery.Gateway.Tests.Delivery;

[Collection(RoutingTestGroup.Name)]
public sealed class SynchronousDeliveryTests(RoutingTestbed testbed)
{
    [Fact]
    public async Task ProcessMessage_SharedCareUpdate_RelaysTheReceiversAnswer()
    {
        using var client = testbed.CreateClient();
        var requestId = Guid.NewGuid().ToString("N");
        using var request = FhirHttp.Post("/$process-message", IgExamples.SharedCareUpdate, FhirHttp.FhirJson);
        request.Headers.Add("X-Request-ID", requestId);
        request.Headers.Add("X-Correlation-ID", "corr-" + requestId);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(FhirHttp.FhirJson, FhirHttp.MediaType(response));
        Assert.Contains("received by gp", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, testbed["gp"].CountOf(requestId));
        var received = Assert.Single(testbed["gp"].Received, r => r.RequestId == requestId);
        Assert.Equal("$process-message", received.Path);
        Assert.Equal("corr-" + requestId, received.CorrelationId);
    }

    [Fact]
    public async Task ProcessMessage_SendersAuthorization_IsReplacedByTheGatewaysCredential()
    {
        using var client = testbed.CreateClient();
        var sendersToken = client.DefaultRequestHeaders.Authorization!.Parameter!;
        var requestId = Guid.NewGuid().ToString("N");
        using var request = FhirHttp.Post("/$process-message", IgExamples.SharedCareUpdate, FhirHttp.FhirJson);
        request.Headers.Add("X-Request-ID", requestId);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var received = Assert.Single(testbed["gp"].Received, r => r.RequestId == requestId);
        Assert.Equal("Bearer " + RoutingTestbed.GatewayCredential, received.Authorization);
        Assert.DoesNotContain(sendersToken, received.Authorization, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessMessage_ReceiverUnreachable_Answers503Transient()
    {
        using var client = testbed.CreateClient();
        using var request = FhirHttp.Post("/$process-message", IgExamples.SharedCareUpdateTo("pathways-employment"), FhirHttp.FhirJson);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var issue = Assert.Single(FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(response, "OperationOutcome")));
        Assert.Equal("transient", issue.Code);
    }

    [Fact]
    public async Task ServiceRequest_PerformerNamesTheReceiver_DeliveredToIt()
    {
        using var client = testbed.CreateClient();
        var requestId = Guid.NewGuid().ToString("N");
        using var request = FhirHttp.Post("/ServiceRequest", IgExamples.MentalHealthReferral, FhirHttp.FhirJson);
        request.Headers.Add("X-Request-ID", requestId);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("ServiceRequest", Assert.Single(testbed["mental-health"].Received, r => r.RequestId == requestId).Path);
    }

    [Fact]
    public async Task ServiceRequest_TrustGateRefuses_AnswersItsStatusAndSendsNothing()
    {
        using var client = testbed.CreateClient();
        var requestId = Guid.NewGuid().ToString("N");
        using var request = FhirHttp.Post("/ServiceRequest", IgExamples.ReferralTo("harbour-housing"), FhirHttp.FhirJson);
        request.Headers.Add("X-Request-ID", requestId);
        testbed.Trust.RefusedOrganizations["harbour-housing"] = true;
        try
        {
            using var response = await client.SendAsync(request);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("forbidden", Assert.Single(FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(response, "OperationOutcome"))).Code);
            Assert.Equal(0, testbed["housing"].CountOf(requestId));
        }
        finally
        {
            testbed.Trust.RefusedOrganizations.TryRemove("harbour-housing", out _);
        }
    }
}
