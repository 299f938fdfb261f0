using FhirRecovery.Gateway.Tests.Infrastructure;

namespace FhirRecovery.Gateway.Tests.Routing;

public sealed class DirectoryStartupTests
{
    [Fact]
    public async Task Startup_InconsistentDirectory_RefusesToStartListingEveryProblem()
    {
        var folder = Directory.CreateTempSubdirectory("fhir-recovery-bad-directory-").FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "conformance", "directory"), "*.json"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        // Two problems: a service whose organisation is gone, and two endpoints sharing one address.
        File.Delete(Path.Combine(folder, "Organization-pathways-employment.json"));
        var housing = Path.Combine(folder, "Endpoint-harbour-housing-mailbox.json");
        File.WriteAllText(housing, File.ReadAllText(housing).Replace("http://127.0.0.1:5105/mailbox/FRH01", "http://127.0.0.1:5104/fhir", StringComparison.Ordinal));

        await using var host = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["FhirRecovery:Routing:DirectoryPath"] = folder,
            ["FhirRecovery:Outbox:SqlitePath"] = Path.Combine(folder, "outbox.db"),
        });

        Assert.Equal(1, await host.Run.WaitAsync(TimeSpan.FromSeconds(60)));
        var failure = string.Join("\n", host.Logs.RenderAll().Concat(host.Logs.Events.Select(e => e.Exception?.Message ?? string.Empty)));
        Assert.Contains("pathways-employment", failure, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:5104", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Startup_PostgreSqlWithoutConnectionString_RefusesToStart()
    {
        await using var host = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["FhirRecovery:Outbox:Provider"] = "PostgreSql",
        });

        Assert.Equal(1, await host.Run.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains(host.Logs.RenderAll(), line => line.Contains("PostgreSqlConnectionString", StringComparison.Ordinal));
    }
}
