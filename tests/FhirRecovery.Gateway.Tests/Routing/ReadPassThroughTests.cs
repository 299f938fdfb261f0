using System.Net;
using FhirRecovery.Gateway.Tests.Infrastructure;
using FhirRecovery.Routing.Resolution;

namespace FhirRecovery.Gateway.Tests.Routing;

[Collection(RoutingTestGroup.Name)]
public sealed class ReadPassThroughTests(RoutingTestbed testbed)
{
    [Fact]
    public Task Read_TargetHeaderNamesTheOwner_ForwardedAfterTheTrustGateAndAudited() => ReadForwardedAndAuditedAsync(testbed);

    /// <summary>A GP's read of a drug service's CarePlan: forwarded with the gateway's own credentials, and its
    /// proxied-read AuditEvent found by operators (on whichever database the testbed's audit trail is).</summary>
    internal static async Task ReadForwardedAndAuditedAsync(RoutingTestbed testbed)
    {
        using var client = testbed.CreateClient("FRG01");
        var requestId = Guid.NewGuid().ToString("N");
        using var request = FhirHttp.Get("/CarePlan/plan-1", FhirHttp.FhirJson);
        request.Headers.Add(TargetHeader.Name, TargetHeader.Format("https://fhir.nhs.uk/Id/ods-organization-code", "FRD01"));
        request.Headers.Add("X-Request-ID", requestId);
        request.Headers.Add("X-Correlation-ID", requestId);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var plan = await FhirHttp.ReadJsonResourceAsync(response, "CarePlan");
        Assert.Equal("served by northside", plan.GetProperty("subject").GetProperty("display").GetString());
        Assert.Contains(testbed.Trust.Reads, r => r.ResourceType == "CarePlan" && r.OwnerOrganizationId == "northside-cds");
        var received = Assert.Single(testbed["northside"].Received, r => r.RequestId == requestId);
        Assert.Equal("Bearer " + RoutingTestbed.GatewayCredential, received.Authorization);
        // The read's audit record is written once the answer is relayed, so it may land just after the client has it.
        using var operators = testbed.CreateOperatorClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        string audit;
        do
        {
            audit = await operators.GetStringAsync(new Uri("/AuditEvent?entity=northside-cds&_count=1000", UriKind.Relative), timeout.Token);
        }
        while (!audit.Contains(requestId, StringComparison.Ordinal) && await Task.Delay(50, timeout.Token).ContinueWith(_ => true, TaskScheduler.Default));

        // This read's own record, found by the correlation id it carries.
        using var json = System.Text.Json.JsonDocument.Parse(audit);
        var read = Assert.Single(json.RootElement.GetProperty("entry").EnumerateArray(), e => e.GetRawText().Contains(requestId, StringComparison.Ordinal));
        Assert.Contains("proxied-read", read.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_NoTarget_Answers404NotFound()
    {
        using var client = testbed.CreateClient();
        using var response = await client.GetAsync(new Uri("/CarePlan/plan-1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("not-found", Assert.Single(FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(response, "OperationOutcome"))).Code);
    }

    [Fact]
    public async Task Read_BadTargetHeader_Answers400()
    {
        using var client = testbed.CreateClient();
        using var request = FhirHttp.Get("/CarePlan/plan-1");
        request.Headers.Add(TargetHeader.Name, "%%%");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
