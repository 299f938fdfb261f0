using System.Net;
using System.Net.Http.Headers;
using FhirRecovery.Gateway.Tests.Infrastructure;

namespace FhirRecovery.Gateway.Tests.Delivery;

/// <summary>The outbox survives the gateway process being killed: nothing accepted is lost, nothing delivered twice.</summary>
public sealed class GatewayRestartTests
{
    [Fact]
    public async Task ProcessMessage_GatewayKilledWhileReceiverDown_DeliveredExactlyOnceAfterRestart()
    {
        await using var northside = await FhirReceiver.StartAsync("northside");
        using var tokens = new TestTokens();
        var data = Directory.CreateTempSubdirectory("fhir-recovery-restart-").FullName;
        var settings = new Dictionary<string, string?>(tokens.GatewaySettings())
        {
            ["FhirRecovery:Routing:DirectoryPath"] = TestDirectory.Write(new Dictionary<string, Uri> { ["northside"] = northside.BaseAddress }),
            ["FhirRecovery:Routing:WorkerPollInterval"] = "00:00:00.100",
            ["FhirRecovery:Outbox:SqlitePath"] = Path.Combine(data, "outbox.db"),
            // Its own pathway database, not the default beside the built gateway that every gateway process would share.
            ["FhirRecovery:Pathways:SqlitePath"] = Path.Combine(tokens.Folder, "pathways.db"),
            ["FhirRecovery:Outbox:RetryBaseDelay"] = "00:00:00.200",
            ["FhirRecovery:Outbox:RetryMaxDelay"] = "00:00:00.500",
            ["FhirRecovery:Outbox:MaxAttempts"] = "1000",
            ["FhirRecovery:Outbox:DeliveryTimeout"] = "00:00:05",
            ["FhirRecovery:Outbox:LeaseDuration"] = "00:00:10",
            // One probe at start-up, the next a minute later: the first gateway must try (and fail) the delivery
            // before it is killed, not hold it back because the receiver is already known down (ReceiverHealthTests).
            ["FhirRecovery:Routing:HealthChecks:Interval"] = "00:01:00",
        };
        var port = FhirReceiver.FreePort();
        var requestId = Guid.NewGuid().ToString("N");
        await northside.StopAsync();

        string location;
        using (var first = await GatewayProcess.StartAsync(port, settings))
        {
            using var client = Client(first, tokens);
            using var request = FhirHttp.Post("/$process-message", IgExamples.ReleaseHandover, FhirHttp.FhirJson);
            request.Headers.Add("X-Request-ID", requestId);
            using var response = await client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
            location = response.Content.Headers.ContentLocation!.OriginalString;
            await RoutingTestbed.WaitForStateAsync(client, location, "failed");
            await first.KillAsync();
        }

        await northside.StartAsync();
        using var second = await GatewayProcess.StartAsync(port, settings);
        using var again = Client(second, tokens);
        // The first process may have claimed the message again just before it was killed: the second waits out that
        // lease (10 s) before it may claim it, and starts slowly when the whole suite runs at once. 90 s, not 30.
        var status = await RoutingTestbed.WaitForStateAsync(again, location, TimeSpan.FromSeconds(90), "delivered", "dead-lettered");

        Assert.Equal("delivered", RoutingTestbed.Parameter(status, "state"));
        Assert.Equal(1, northside.CountOf(requestId));
    }

    private static HttpClient Client(GatewayProcess gateway, TestTokens tokens)
    {
        var client = new HttpClient { BaseAddress = gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Development("FRP01", TestTokens.AllScopes));
        return client;
    }
}
