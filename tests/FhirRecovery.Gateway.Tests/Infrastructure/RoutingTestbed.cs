using System.Globalization;
using System.Text.Json;
using FhirRecovery.Gateway.Hosting;
using FhirRecovery.Gateway.Trust;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FhirRecovery.Gateway.Tests.Infrastructure;

/// <summary>
/// The real gateway on Kestrel with real receivers on loopback: prison, two drug services, mental health trust,
/// housing mailbox and GP each a <see cref="FhirReceiver"/>; the employment service's address is a closed port (a
/// receiver that is never there). A temp copy of the sample directory points at them; the outbox is a temp SQLite
/// file unless a PostgreSQL connection string is given. Retries are fast (0.3 s base, 1 s cap, 4 attempts).
/// </summary>
public class RoutingTestbed : IAsyncLifetime
{
    public const string GatewayCredential = "gateway-credential-for-receivers";
    public const string MessageEventSystem = "https://fhirrecovery.org.uk/fhir/CodeSystem/message-event";

    private WebApplication? _app;
    private Task<int>? _run;

    public Dictionary<string, FhirReceiver> Receivers { get; } = [];

    public TestTokens Tokens { get; } = new();

    internal RecordingTrustGate Trust { get; } = new();

    /// <summary>Every log event of the gateway, searched for patient data when the suite ends.</summary>
    public InMemoryLogSink Logs { get; } = new();

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("fhir-recovery-routing-").FullName;

    public Uri BaseAddress => new(_app!.Urls.First());

    /// <summary>The gateway's routing directory folder (a temp copy of the sample), for tests that change it.</summary>
    public string DirectoryFolder { get; private set; } = string.Empty;

    internal IServiceProvider Services => _app!.Services;

    public FhirReceiver this[string name] => Receivers[name];

    public virtual async Task InitializeAsync()
    {
        foreach (var name in new[] { "prison", "northside", "southside", "mental-health", "housing", "gp" })
        {
            Receivers[name] = await FhirReceiver.StartAsync(name);
        }

        var addresses = Receivers.ToDictionary(r => r.Key, r => r.Value.BaseAddress);
        addresses["employment"] = new Uri($"http://127.0.0.1:{FhirReceiver.FreePort()}/fhir");
        DirectoryFolder = TestDirectory.Write(addresses);
        var settings = new Dictionary<string, string?>
        {
            ["FhirRecovery:Routing:DirectoryPath"] = DirectoryFolder,
            ["FhirRecovery:Routing:WorkerPollInterval"] = "00:00:00.100",
            ["FhirRecovery:Routing:ReceiverCredentials:DefaultBearerToken"] = GatewayCredential,
            ["FhirRecovery:Outbox:SqlitePath"] = Path.Combine(DataFolder, "outbox.db"),
            ["FhirRecovery:Outbox:RetryBaseDelay"] = "00:00:00.300",
            ["FhirRecovery:Outbox:RetryMaxDelay"] = "00:00:01",
            ["FhirRecovery:Outbox:MaxAttempts"] = "4",
            ["FhirRecovery:Outbox:DeliveryTimeout"] = "00:00:10",
            ["FhirRecovery:Outbox:LeaseDuration"] = "00:01:00",
        };
        AddSettings(settings);
        if (await StartPostgresAsync() is { } postgres)
        {
            settings["FhirRecovery:Outbox:Provider"] = "PostgreSql";
            settings["FhirRecovery:Outbox:PostgreSqlConnectionString"] = postgres;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development, ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(Tokens.GatewaySettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddFhirRecovery();
        builder.Services.Replace(ServiceDescriptor.Singleton<ITrustGate>(Trust));
        builder.Services.AddSingleton<Serilog.Core.ILogEventSink>(Logs);
        _app = builder.Build();
        _app.MapFhirGateway();
        _run = _app.RunFhirGatewayAsync();
        await WaitUntilReadyAsync();
    }

    /// <summary>Settings a derived testbed adds or overrides (e.g. fast receiver health checks).</summary>
    protected virtual void AddSettings(IDictionary<string, string?> settings)
    {
    }

    /// <summary>The PostgreSQL connection string for the outbox, or null for the default SQLite file.</summary>
    protected virtual Task<string?> StartPostgresAsync() => Task.FromResult<string?>(null);

    /// <summary>THE one place the routing tests' sender gets its token: a client of organisation <paramref name="ods"/>
    /// (default a community drug service) with every scope.</summary>
    public HttpClient CreateClient(string ods = TestTokens.DefaultOds)
        => InProcessGateways.Client(BaseAddress, Tokens.Development(ods, TestTokens.AllScopes));

    /// <summary>An operator's client (the operator role and the AuditEvent scope), for /AuditEvent and the dead letters.</summary>
    public HttpClient CreateOperatorClient()
        => InProcessGateways.Client(BaseAddress, Tokens.Operator("system/AuditEvent.rs system/*.cruds"));

    /// <summary>Polls the status resource until its state is one of <paramref name="states"/>; returns the Parameters.</summary>
    public static Task<JsonElement> WaitForStateAsync(HttpClient client, string statusPath, params string[] states) =>
        WaitForAsync(client, statusPath, status => states.Contains(Parameter(status, "state")));

    /// <summary><see cref="WaitForStateAsync(HttpClient, string, string[])"/> with a limit of its own.</summary>
    public static Task<JsonElement> WaitForStateAsync(HttpClient client, string statusPath, TimeSpan limit, params string[] states) =>
        WaitForAsync(client, statusPath, status => states.Contains(Parameter(status, "state")), limit);

    /// <summary>
    /// Polls <c>GET /AuditEvent?entity={messageId}</c> until an AuditEvent of <paramref name="action"/> is there; returns
    /// the searchset. The worker records a delivery first and audits it just after (an audit outage must never undo a
    /// delivery), so a status can read "delivered" a moment before its AuditEvent exists: wait for it, do not race it.
    /// </summary>
    public static async Task<JsonElement> WaitForAuditAsync(HttpClient operators, string messageId, string action, string query = "")
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var path = new Uri($"/AuditEvent?entity={messageId}{query}", UriKind.Relative);
        while (true)
        {
            using var response = await operators.GetAsync(path, timeout.Token);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync(timeout.Token);
            if (text.Contains($"\"{action}\"", StringComparison.Ordinal))
            {
                return JsonDocument.Parse(text).RootElement.Clone();
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    /// <summary>Polls the status resource until <paramref name="done"/> holds (30 s unless <paramref name="limit"/> says
    /// otherwise); returns the Parameters. On time-out the failure shows the last status read, which says where the
    /// message stood (state, attempts, last error, receiver known down).</summary>
    public static async Task<JsonElement> WaitForAsync(HttpClient client, string statusPath, Func<JsonElement, bool> done, TimeSpan? limit = null)
    {
        using var timeout = new CancellationTokenSource(limit ?? TimeSpan.FromSeconds(30));
        var last = "(no answer yet)";
        try
        {
            while (true)
            {
                using var response = await client.GetAsync(new Uri(statusPath, UriKind.Relative), timeout.Token);
                last = await response.Content.ReadAsStringAsync(timeout.Token);
                var status = JsonDocument.Parse(last).RootElement.Clone();
                if (done(status))
                {
                    return status;
                }

                await Task.Delay(50, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            throw new Xunit.Sdk.XunitException($"{statusPath} did not reach the expected state in time; last status read: {last}");
        }
    }

    /// <summary>A Parameters value as text, whatever its value[x] type; null when absent.</summary>
    public static string? Parameter(JsonElement parameters, string name)
    {
        foreach (var p in parameters.GetProperty("parameter").EnumerateArray())
        {
            if (p.GetProperty("name").GetString() == name)
            {
                var value = p.EnumerateObject().First(v => v.Name.StartsWith("value", StringComparison.Ordinal)).Value;
                return value.ValueKind switch
                {
                    JsonValueKind.Number => value.GetInt32().ToString(CultureInfo.InvariantCulture),
                    JsonValueKind.True => "true",
                    JsonValueKind.False => "false",
                    _ => value.GetString(),
                };
            }
        }

        return null;
    }

    public virtual Task DisposeAsync() => InProcessGateways.StopAsync(_app, _run, Receivers.Values, Tokens, Logs);

    private Task WaitUntilReadyAsync() => InProcessGateways.WaitUntilReadyAsync(_app!, _run!);
}

[CollectionDefinition(Name)]
public sealed class RoutingTestGroup : ICollectionFixture<RoutingTestbed>
{
    public const string Name = "routing";
}
