using System.Net;
using FhirRecovery.Gateway.Tests.Infrastructure;

namespace FhirRecovery.Gateway.Tests.Delivery;

/// <summary>Active health checks of receivers (YARP probing each endpoint's /metadata): real Kestrel receivers that
/// go down and come back, and the employment service's closed port, which is never up.</summary>
public sealed class ReceiverHealthTests(ReceiverHealthTestbed testbed) : IClassFixture<ReceiverHealthTestbed>
{
    [Fact]
    public async Task ProcessMessage_ReceiverKnownDown_Answers503TransientWithoutTryingItThenDeliversWhenBack()
    {
        using var client = testbed.CreateClient();
        using var operators = testbed.CreateOperatorClient();
        var southside = testbed["southside"];
        await southside.StopAsync();
        try
        {
            await ReceiverHealth.WaitForAsync(operators, "southside-cds-fhir", "down");
            using var refused = await client.SendAsync(FhirHttp.Post("/$process-message", IgExamples.SharedCareUpdateTo("southside-cds"), FhirHttp.FhirJson));

            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            var issue = Assert.Single(FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(refused, "OperationOutcome")));
            Assert.Equal("transient", issue.Code);
            var audit = await operators.GetStringAsync(new Uri("/AuditEvent?entity=southside-cds-fhir&outcome=8", UriKind.Relative));
            Assert.Contains("known to be down", audit, StringComparison.Ordinal);
        }
        finally
        {
            await southside.StartAsync();
        }

        await ReceiverHealth.WaitForAsync(operators, "southside-cds-fhir", "up");
        var requestId = Guid.NewGuid().ToString("N");
        using var request = FhirHttp.Post("/$process-message", IgExamples.SharedCareUpdateTo("southside-cds"), FhirHttp.FhirJson);
        request.Headers.Add("X-Request-ID", requestId);
        using var delivered = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, delivered.StatusCode);
        Assert.Equal(1, southside.CountOf(requestId));
    }

    [Fact]
    public async Task ProcessMessage_QueuedForReceiverKnownDown_SpendsNoAttemptsAndIsDeliveredOnceWhenBack()
    {
        using var client = testbed.CreateClient();
        using var operators = testbed.CreateOperatorClient();
        var northside = testbed["northside"];
        var requestId = Guid.NewGuid().ToString("N");
        await northside.StopAsync();
        string location;
        try
        {
            await ReceiverHealth.WaitForAsync(operators, "northside-cds-fhir", "down");
            location = await AsyncDeliveryScenarios.AcceptAsync(client, "/$process-message", IgExamples.SharedCareUpdateTo("northside-cds"), requestId);

            // Many worker cycles (it polls every 0.1 s and was woken by the acceptance): none may claim the message.
            for (var i = 0; i < 10; i++)
            {
                await Task.Delay(100);
                using var response = await client.GetAsync(new Uri(location, UriKind.Relative));
                var status = await FhirHttp.ReadJsonResourceAsync(response, "Parameters");
                Assert.Equal("queued", RoutingTestbed.Parameter(status, "state"));
                Assert.Equal("0", RoutingTestbed.Parameter(status, "attempts"));
                Assert.Equal("true", RoutingTestbed.Parameter(status, "receiver-known-down"));
            }
        }
        finally
        {
            await northside.StartAsync();
        }

        var delivered = await RoutingTestbed.WaitForStateAsync(client, location, "delivered", "dead-lettered");
        Assert.Equal("delivered", RoutingTestbed.Parameter(delivered, "state"));
        Assert.Equal("1", RoutingTestbed.Parameter(delivered, "attempts"));
        Assert.Null(RoutingTestbed.Parameter(delivered, "receiver-known-down"));
        Assert.Equal(1, northside.CountOf(requestId));
    }

    [Fact]
    public async Task HealthReady_ReceiverDown_StaysReadyAndNamesTheReceiver()
    {
        using var operators = testbed.CreateOperatorClient();
        await ReceiverHealth.WaitForAsync(operators, "pathways-employment-fhir", "down");
        using var anonymous = new HttpClient { BaseAddress = testbed.BaseAddress };

        using var ready = await anonymous.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains("pathways-employment-fhir", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DirectoryRead_Operator_ShowsEachReceiversHealthAndWhyItIsDown()
    {
        using var operators = testbed.CreateOperatorClient();
        await ReceiverHealth.WaitForAsync(operators, "pathways-employment-fhir", "down");
        await ReceiverHealth.WaitForAsync(operators, "elm-tree-surgery-fhir", "up");

        var employment = await ReceiverHealth.EndpointAsync(operators, "pathways-employment-fhir");
        var gp = await ReceiverHealth.EndpointAsync(operators, "elm-tree-surgery-fhir");

        Assert.False(string.IsNullOrWhiteSpace(employment["health-problem"]));
        Assert.False(gp.ContainsKey("health-problem"));
        Assert.Equal(testbed["gp"].BaseAddress.AbsoluteUri.TrimEnd('/'), gp["address"].TrimEnd('/'));
    }
}
