using System.Diagnostics;

namespace FhirRecovery.Gateway.Tests.Hosting;

/// <summary>Program.cs itself, as a process: the exit code is what a container orchestrator sees.</summary>
public sealed class ExecutableTests
{
    [Fact]
    public async Task Gateway_EnforcedProfileNotFound_ExitsWith1AndSaysWhyOnTheConsole()
    {
        var (exitCode, output) = await RunGatewayAsync(("FhirRecovery__EnforcedProfiles__0", "https://example.org/StructureDefinition/nowhere"));

        Assert.Equal(1, exitCode);
        Assert.Contains("https://example.org/StructureDefinition/nowhere", output, StringComparison.Ordinal);
        Assert.Contains("\"@l\":\"Fatal\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gateway_InvalidOption_ExitsWith1WithoutAStackTraceDump()
    {
        var (exitCode, output) = await RunGatewayAsync(("FhirRecovery__MaxNestingDepth", "2"));

        Assert.Equal(1, exitCode);
        Assert.Contains("MaxNestingDepth", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunGatewayAsync(params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FhirRecovery.Gateway.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // appsettings.Production.json listens on https://0.0.0.0:8443 with a mounted certificate and on localhost:8080:
        // these processes get free loopback ports and no certificate instead.
        start.Environment["FhirRecovery__Kestrel__Endpoints__Https__Url"] = "http://127.0.0.1:0";
        start.Environment["FhirRecovery__Kestrel__Endpoints__Https__Certificate__Path"] = string.Empty;
        start.Environment["FhirRecovery__Kestrel__Endpoints__Loopback__Url"] = "http://127.0.0.1:0";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
