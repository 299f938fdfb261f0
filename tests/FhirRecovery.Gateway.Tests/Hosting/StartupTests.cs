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
    public async Task Start_EnforcedProfileThatCannotCompile_StopsWithExitCode1AndLogsWhy()
    {
        const string broken = "https://example.org/StructureDefinition/broken";
        var packages = Directory.CreateTempSubdirectory("gateway-packages-");
        try
        {
            foreach (var package in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "fhir-packages"), "*.tgz"))
            {
                File.Copy(package, Path.Combine(packages.FullName, Path.GetFileName(package)));
            }

            // A profile on a base that exists nowhere: it loads, but its snapshot cannot be generated.
            await File.WriteAllTextAsync(Path.Combine(packages.FullName, "StructureDefinition-broken.json"), $$$"""
                {"resourceType":"StructureDefinition","id":"broken","url":"{{{broken}}}","name":"Broken","status":"draft",
                 "kind":"resource","abstract":false,"type":"Patient","derivation":"constraint",
                 "baseDefinition":"https://example.org/StructureDefinition/does-not-exist",
                 "differential":{"element":[{"id":"Patient.identifier","path":"Patient.identifier","min":1}]}}
                """);
            await using var host = await GatewayHost.StartAsync(new Dictionary<string, string?>
            {
                ["FhirRecovery:PackageDirectory"] = packages.FullName,
                ["FhirRecovery:EnforcedProfiles:0"] = broken,
            });

            var exitCode = await host.Run.WaitAsync(TimeSpan.FromSeconds(90));

            Assert.Equal(1, exitCode);
            var failure = Assert.Single(host.Logs.Events, e => e.Level == LogEventLevel.Fatal);
            Assert.Contains(broken, InMemoryLogSink.Render(failure), StringComparison.Ordinal);
            Assert.Contains("does-not-exist", InMemoryLogSink.Render(failure), StringComparison.Ordinal);
        }
        finally
        {
            packages.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Start_InvalidOptions_StopsWithExitCode1ListingEveryProblem()
    {
        await using var host = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["FhirRecovery:PackageDirectory"] = "/no/such/folder",
            ["FhirRecovery:MaxRequestBodyBytes"] = "12",
            ["FhirRecovery:PublicBaseUrl"] = "not a url",
            ["FhirRecovery:LogFormat"] = "Xml",
        });

        var exitCode = await host.Run.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(1, exitCode);
        var failure = Assert.Single(host.Logs.Events, e => e.Level == LogEventLevel.Fatal);
        var text = InMemoryLogSink.Render(failure);
        Assert.Contains("/no/such/folder", text, StringComparison.Ordinal);
        Assert.Contains("MaxRequestBodyBytes", text, StringComparison.Ordinal);
        Assert.Contains("PublicBaseUrl", text, StringComparison.Ordinal);
        Assert.Contains("LogFormat", text, StringComparison.Ordinal);
    }
}
