using System.Net;
using System.Text.Json;
using FhirRecovery.Gateway.Hosting;
using FhirRecovery.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog.Core;

namespace FhirRecovery.Gateway.Tests.Pathways;

/// <summary>
/// The referral pathways end to end: the real gateway with the REAL trust gate (sample permissions, consent store),
/// real tokens, and real receivers on loopback for the prison, both drug services, the mental health trust, the GP and
/// the housing association's mailbox address (which must never be called: the gateway holds its messages). The
/// employment service's address is a closed port. Retries are fast (0.3 s base, 1 s cap, 4 attempts).
/// </summary>
public sealed class MentalHealthAndHousingTestbed : IAsyncLifetime
{
    public const string GatewayCredential = "gateway-credential-for-receivers";

    private WebApplication? _app;
    private Task<int>? _run;

    public Dictionary<string, FhirReceiver> Receivers { get; } = [];

    public TestTokens Tokens { get; } = new();

    /// <summary>Every log event the gateway wrote, for the "no patient data in logs" checks.</summary>
    public InMemoryLogSink Logs { get; } = new();

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("fhir-recovery-pathways-").FullName;

    public Uri BaseAddress => new(_app!.Urls.First());

    public FhirReceiver this[string name] => Receivers[name];

    public async Task InitializeAsync()
    {
        foreach (var name in new[] { "prison", "northside", "southside", "mental-health", "housing", "gp" })
        {
            Receivers[name] = await FhirReceiver.StartAsync(name);
        }

        var addresses = Receivers.ToDictionary(r => r.Key, r => r.Value.BaseAddress);
        addresses["employment"] = new Uri($"http://127.0.0.1:{FhirReceiver.FreePort()}/fhir");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Development, ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(Tokens.GatewaySettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FhirRecovery:Routing:DirectoryPath"] = TestDirectory.Write(addresses),
            ["FhirRecovery:Routing:WorkerPollInterval"] = "00:00:00.100",
            ["FhirRecovery:Routing:ReceiverCredentials:DefaultBearerToken"] = GatewayCredential,
            ["FhirRecovery:Outbox:SqlitePath"] = Path.Combine(DataFolder, "outbox.db"),
            ["FhirRecovery:Outbox:RetryBaseDelay"] = "00:00:00.300",
            ["FhirRecovery:Outbox:RetryMaxDelay"] = "00:00:01",
            ["FhirRecovery:Outbox:MaxAttempts"] = "4",
            ["FhirRecovery:Outbox:DeliveryTimeout"] = "00:00:10",
            ["FhirRecovery:Outbox:LeaseDuration"] = "00:01:00",
        });
        builder.Services.AddSingleton<ILogEventSink>(Logs);
        builder.AddFhirRecovery();
        _app = builder.Build();
        _app.MapFhirGateway();
        _run = _app.RunFhirGatewayAsync();
        await WaitUntilReadyAsync();
    }

    /// <summary>A client of organisation <paramref name="ods"/> with a development-issuer token holding every scope.</summary>
    public HttpClient CreateClient(string ods)
        => InProcessGateways.Client(BaseAddress, Tokens.Development(ods, TestTokens.AllScopes));

    /// <summary>An operator of the drug service (operator role, AuditEvent scope), for GET /AuditEvent.</summary>
    public HttpClient CreateOperatorClient()
        => InProcessGateways.Client(BaseAddress, Tokens.Operator("system/AuditEvent.rs system/*.cruds"));

    /// <summary>POSTs a FHIR JSON body with a fresh X-Request-ID (and Prefer: respond-async when asked).</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string body, bool respondAsync = false)
    {
        using var request = FhirHttp.Post(path, body, FhirHttp.FhirJson);
        request.Headers.Add("X-Request-ID", Guid.NewGuid().ToString("N"));
        if (respondAsync)
        {
            request.Headers.Add("Prefer", "respond-async");
        }

        return await client.SendAsync(request);
    }

    /// <summary>GETs a path; the status and the JSON body.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    public Task DisposeAsync() => InProcessGateways.StopAsync(_app, _run, Receivers.Values, Tokens, Logs);

    private Task WaitUntilReadyAsync() => InProcessGateways.WaitUntilReadyAsync(_app!, _run!);
}

[CollectionDefinition(Name)]
public sealed class MentalHealthAndHousingTestGroup : ICollectionFixture<MentalHealthAndHousingTestbed>
{
    public const string Name = "referral-pathways";
}
