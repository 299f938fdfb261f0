using FhirRecovery.Gateway.Tests.Infrastructure;
using Serilog.Events;

namespace FhirRecovery.Gateway.Tests.Hosting;

/// <summary>Configuration that cannot work stops the gateway at start-up, with a reason and exit code 1.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Start_EnforcedProfileNotInAnyPackage_StopsWithExitCode1AndLogsTheProfile()
    {
        const string missing = "https://example.org/StructureDefinition/not-in-any-package";
        await using var host = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["FhirRecovery:EnforcedProfiles:0"] = missing,
        });

        var exitCode = await host.Run.WaitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal(1, exitCode);
        Assert.Contains(host.Logs.Events, e => e.Level == LogEventLevel.Fatal && InMemoryLogSink.Render(e).Contains(missing, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Start_InvalidOptions_StopsWithExitCode1ListingEveryProblem()
    {
        await using var host = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["FhirRecovery:PackageDirectory"] = "/no/such/folder",
            ["FhirRecovery:MaxRequestBodyBytes"] = "12",
            ["FhirRecovery:PublicBaseUrl"] = "not a url",
        });

        var exitCode = await host.Run.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        var failure = Assert.Single(host.Logs.Events, e => e.Level == LogEventLevel.Fatal);
        var text = InMemoryLogSink.Render(failure);
        Assert.Contains("/no/such/folder", text, StringComparison.Ordinal);
        Assert.Contains("MaxRequestBodyBytes", text, StringComparison.Ordinal);
        Assert.Contains("PublicBaseUrl", text, StringComparison.Ordinal);
    }
}
