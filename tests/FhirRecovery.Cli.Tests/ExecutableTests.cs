using System.Diagnostics;

namespace FhirRecovery.Cli.Tests;

/// <summary>Runs the built fhir-recovery executable as another process, as scripts and CI use it.</summary>
public sealed class ExecutableTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Executable_ValidateInvalidFile_ExitsOneWithJsonLine()
    {
        var file = _folder.Write("bad.json", Samples.PatientWithUnknownElement);
        var tool = Path.Combine(AppContext.BaseDirectory, "fhir-recovery.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { tool, "validate", "--output", "json", file })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        Assert.StartsWith("{\"file\":", stdout, StringComparison.Ordinal);
        Assert.Contains("\"valid\":false", stdout, StringComparison.Ordinal);
    }
}
