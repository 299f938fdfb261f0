using FhirRecovery.Gateway.Hosting;
using FhirRecovery.Gateway.Pathways;
using FhirRecovery.Gateway.Tests.Infrastructure;
using FhirRecovery.Routing.Delivery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Serilog.Core;

namespace FhirRecovery.Gateway.Tests.Pathways;

/// <summary>
/// The pathways' end-to-end bed: the real gateway on Kestrel with the REAL trust gate (scopes, permissions, consent),
/// real signed tokens, real receivers on loopback (prison, both drug services, GP) and a FakeTimeProvider as the
/// gateway's clock, so retries and the handover sweep move only when a test advances time. Each test class gets its
/// own bed (own outbox, consent and pathway databases).
/// </summary>
public sealed class PathwayTestbed : IAsyncLifetime
{
    /// <summary>The lead before release after which an unacknowledged handover is flagged.</summary>
    public static readonly TimeSpan AcknowledgementLead = TimeSpan.FromHours(24);

    private WebApplication? _app;
    private Task<int>? _run;

    public FakeTimeProvider Time { get; } = new(TimeProvider.System.GetUtcNow());

    public TestTokens Tokens { get; } = new();

    public InMemoryLogSink Logs { get; } = new();

    public Dictionary<string, FhirReceiver> Receivers { get; } = [];

    public FhirReceiver this[string name] => Receivers[name];

    public Uri BaseAddress => new(_app!.Urls.First());

    internal IServiceProvider Services => _app!.Services;

    public async Task InitializeAsync()
    {
        foreach (var name in new[] { "prison", "northside", "southside", "gp" })
        {
            Receivers[name] = await FhirReceiver.StartAsync(name);
        }

        var addresses = Receivers.ToDictionary(r => r.Key, r => r.Value.BaseAddress);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development, ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(Tokens.GatewaySettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FhirRecovery:Routing:DirectoryPath"] = TestDirectory.Write(addresses),
            ["FhirRecovery:Routing:ReceiverCredentials:DefaultBearerToken"] = "gateway-credential",
            // The receiver-down tests stop a receiver and want the worker to try it and fail (state "failed"); active
            // health checks of receivers (the routing work) would instead hold the message unattempted. Ignored where
            // the setting does not exist.
            ["FhirRecovery:Routing:HealthChecks:Enabled"] = "false",
            ["FhirRecovery:Outbox:RetryBaseDelay"] = "00:00:00.300",
            ["FhirRecovery:Outbox:RetryMaxDelay"] = "00:00:01",
            ["FhirRecovery:Outbox:MaxAttempts"] = "50",
            ["FhirRecovery:Outbox:DeliveryTimeout"] = "00:00:10",
            ["FhirRecovery:Outbox:LeaseDuration"] = "00:01:00",
            ["FhirRecovery:Pathways:SqlitePath"] = Path.Combine(Tokens.Folder, "pathways.db"),
            ["FhirRecovery:Pathways:HandoverAcknowledgementLead"] = AcknowledgementLead.ToString(),
        });
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.Services.AddSingleton<ILogEventSink>(Logs);
        builder.AddFhirRecovery();
        _app = builder.Build();
        _app.MapFhirGateway();
        _run = _app.RunFhirGatewayAsync();
        await WaitUntilReadyAsync();
    }

    /// <summary>A client of organisation <paramref name="ods"/> with a real development-issuer token.</summary>
    public HttpClient CreateClient(string ods, params string[] scopes)
        => InProcessGateways.Client(BaseAddress, Tokens.Development(ods, scopes.Length == 0 ? TestTokens.AllScopes : scopes));

    /// <summary>An operator's client: the operator role and system/AuditEvent.rs.</summary>
    public HttpClient CreateOperatorClient()
        => InProcessGateways.Client(BaseAddress, Tokens.Operator("system/AuditEvent.rs"));

    /// <summary>Moves the gateway's clock on in small steps (waking the delivery worker) until the status resource is
    /// in one of <paramref name="states"/>; returns it. Real time bounds the wait, not the fake clock.</summary>
    public async Task<System.Text.Json.JsonElement> AdvanceUntilStateAsync(HttpClient client, string statusPath, params string[] states)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var status = await PathwayHttp.GetJsonAsync(client, statusPath, timeout.Token);
            if (states.Contains(RoutingTestbed.Parameter(status, "state")))
            {
                return status;
            }

            Time.Advance(TimeSpan.FromSeconds(2));
            Services.GetRequiredService<DeliveryWorker>().Wake();
            await Task.Delay(50, timeout.Token);
        }
    }

    /// <summary>Runs one handover sweep now, on the fake clock (the background sweeper may run one too; both are idempotent).</summary>
    internal Task<IReadOnlyList<string>> SweepAsync() => Services.GetRequiredService<HandoverSweeper>().SweepOnceAsync(CancellationToken.None);

    public Task DisposeAsync() => InProcessGateways.StopAsync(_app, _run, Receivers.Values, Tokens, Logs);

    private Task WaitUntilReadyAsync() => InProcessGateways.WaitUntilReadyAsync(_app!, _run!);
}
