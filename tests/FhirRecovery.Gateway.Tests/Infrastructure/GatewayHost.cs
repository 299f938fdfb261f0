using FhirRecovery.Gateway.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Serilog.Core;

namespace FhirRecovery.Gateway.Tests.Infrastructure;

/// <summary>The real gateway on Kestrel at 127.0.0.1 on a free port, built through the same extension methods as
/// Program.cs, in the Development environment, with an in-memory log sink added to its Serilog pipeline.</summary>
public sealed class GatewayHost : IAsyncDisposable
{
    public const string ThrowingRoute = "/test/throw";

    private readonly IHostApplicationLifetime _lifetime;

    private GatewayHost(WebApplication app, InMemoryLogSink logs, IHostApplicationLifetime lifetime, Task<int> run, TestTokens tokens)
    {
        Tokens = tokens;
        App = app;
        Logs = logs;
        _lifetime = lifetime;
        Run = run;
    }

    internal WebApplication App { get; }

    /// <summary>The test run's signing keys; every client's token is minted here.</summary>
    public TestTokens Tokens { get; }

    public InMemoryLogSink Logs { get; }

    /// <summary>The gateway's run; completes with the process exit code when the host stops.</summary>
    public Task<int> Run { get; }

    public Uri BaseAddress => new(App.Urls.First());

    public static async Task<GatewayHost> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = Environments.Development,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var tokens = new TestTokens();
        builder.Configuration.AddInMemoryCollection(tokens.GatewaySettings());
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        var logs = new InMemoryLogSink();
        builder.Services.AddSingleton<ILogEventSink>(logs);
        builder.AddFhirRecovery();

        var app = builder.Build();
        app.MapFhirGateway();
        // An endpoint that fails, to prove that an unhandled exception becomes a 500 OperationOutcome.
        app.MapGet(ThrowingRoute, string () => throw new InvalidOperationException("secret-exception-detail"));
        // Asks the real trust gate the way routed writes do, independent of the routing endpoints.
        Trust.TrustProbe.Map(app);

        // Resolved before running: a host that fails to start disposes its services at once.
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        var run = app.RunFhirGatewayAsync();
        await WaitUntilListeningAsync(run, lifetime.ApplicationStarted);
        return new GatewayHost(app, logs, lifetime, run, tokens);
    }

    /// <summary>THE one place a token is attached: a client of <paramref name="ods"/> (default a community drug
    /// service) holding <paramref name="scopes"/> (default every interaction), minted by the development issuer.</summary>
    public HttpClient CreateClient(string ods = TestTokens.DefaultOds, params string[] scopes)
    {
        var client = CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Bearer", Tokens.Development(ods, scopes.Length == 0 ? TestTokens.AllScopes : scopes));
        return client;
    }

    /// <summary>A client with no token, for anonymous endpoints and the 401 cases.</summary>
    public HttpClient CreateAnonymousClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>Polls /health/ready until it answers 200; fails if the host stops first.</summary>
    public async Task WaitUntilReadyAsync()
    {
        using var client = CreateClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        while (true)
        {
            if (Run.IsCompleted)
            {
                throw new InvalidOperationException($"The gateway stopped with exit code {await Run} before it was ready.");
            }

            using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), timeout.Token);
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _lifetime.StopApplication();
        await Run;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Tokens.Dispose();
    }

    private static async Task WaitUntilListeningAsync(Task<int> run, CancellationToken started)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!started.IsCancellationRequested && !run.IsCompleted)
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
