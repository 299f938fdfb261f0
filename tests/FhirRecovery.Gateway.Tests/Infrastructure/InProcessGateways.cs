using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FhirRecovery.Gateway.Tests.Infrastructure;

/// <summary>The readiness wait and the stop every testbed that runs the gateway in this process shares.</summary>
internal static class InProcessGateways
{
    /// <summary>Waits until <paramref name="app"/> has started and answers <c>/health/ready</c> with 200; fails if the
    /// gateway stops first (its exit code says why), and gives up after 90 s.</summary>
    public static async Task WaitUntilReadyAsync(WebApplication app, Task<int> run)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        var lifetime = app.Services.GetRequiredService<IHostApplicationLifetime>();
        while (!lifetime.ApplicationStarted.IsCancellationRequested)
        {
            if (run.IsCompleted)
            {
                throw new InvalidOperationException($"The gateway stopped with exit code {await run}.");
            }

            await Task.Delay(20, timeout.Token);
        }

        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        while (!(await client.GetAsync(new Uri("/health/ready", UriKind.Relative), timeout.Token)).IsSuccessStatusCode)
        {
            await Task.Delay(50, timeout.Token);
        }
    }

    /// <summary>Stops the gateway (when it was started) and its receivers, releases SQLite files and the test keys, and
    /// checks every log line of the suite for patient data (issue 6, must show 4).</summary>
    public static async Task StopAsync(WebApplication? app, Task<int>? run, IEnumerable<FhirReceiver> receivers, TestTokens tokens, InMemoryLogSink logs)
    {
        if (app is not null)
        {
            await app.StopAsync();
            await run!;
        }

        foreach (var receiver in receivers)
        {
            await receiver.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        tokens.Dispose();
        Security.LogPrivacy.AssertNoPatientData(logs);
    }

    /// <summary>A client of the gateway at <paramref name="baseAddress"/> that sends <paramref name="token"/> as its bearer.</summary>
    public static HttpClient Client(Uri baseAddress, string token)
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
