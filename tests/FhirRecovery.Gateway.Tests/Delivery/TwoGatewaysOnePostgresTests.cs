using FhirRecovery.Testing;
using System.Net.Http.Headers;
using FhirRecovery.Gateway.Tests.Infrastructure;

namespace FhirRecovery.Gateway.Tests.Delivery;

/// <summary>Two gateway processes share one PostgreSQL outbox and drain it together: every message once.</summary>
public sealed class TwoGatewaysOnePostgresTests
{
    private const int Messages = 24;

    [Fact]
    public async Task ProcessMessage_TwoGatewaysDrainOneQueue_EachMessageDeliveredExactlyOnce()
    {
        await using var gp = await FhirReceiver.StartAsync("gp");
        var postgres = new PostgresServerFixture();
        await postgres.InitializeAsync();
        try
        {
            using var tokens = new TestTokens();
            var settings = new Dictionary<string, string?>(tokens.GatewaySettings())
            {
                ["FhirRecovery:Routing:DirectoryPath"] = TestDirectory.Write(new Dictionary<string, Uri> { ["gp"] = gp.BaseAddress }),
                ["FhirRecovery:Routing:WorkerPollInterval"] = "00:00:00.100",
                ["FhirRecovery:Outbox:Provider"] = "PostgreSql",
                ["FhirRecovery:Outbox:PostgreSqlConnectionString"] = postgres.ConnectionString,
                // Its own pathway database, not the default beside the built gateway that every gateway process would share.
                ["FhirRecovery:Pathways:SqlitePath"] = Path.Combine(tokens.Folder, "pathways.db"),
            };
            var starting = new[] { FhirReceiver.FreePort(), FhirReceiver.FreePort() }.Select(port => GatewayProcess.StartAsync(port, settings)).ToList();
            var gateways = await Task.WhenAll(starting);
            try
            {
                var clients = gateways.Select(g => Client(g, tokens)).ToList();
                // Stop the receiver first so the queue builds up, then both workers race to drain it.
                await gp.StopAsync();
                var requestIds = Enumerable.Range(0, Messages).Select(_ => Guid.NewGuid().ToString("N")).ToList();
                var locations = await Task.WhenAll(requestIds.Select((id, i) =>
                    AsyncDeliveryScenarios.AcceptAsync(clients[i % 2], "/$process-message", IgExamples.SharedCareUpdate, id)));
                await gp.StartAsync();

                foreach (var (location, i) in locations.Select((l, i) => (l, i)))
                {
                    var status = await RoutingTestbed.WaitForStateAsync(clients[(i + 1) % 2], location, "delivered", "dead-lettered");
                    Assert.Equal("delivered", RoutingTestbed.Parameter(status, "state"));
                }

                Assert.All(requestIds, id => Assert.Equal(1, gp.CountOf(id)));
                Assert.Equal(Messages, gp.Received.Count);
                clients.ForEach(c => c.Dispose());
            }
            finally
            {
                foreach (var gateway in gateways)
                {
                    gateway.Dispose();
                }
            }
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    private static HttpClient Client(GatewayProcess gateway, TestTokens tokens)
    {
        var client = new HttpClient { BaseAddress = gateway.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tokens.Development(TestTokens.DefaultOds, TestTokens.AllScopes));
        return client;
    }
}
