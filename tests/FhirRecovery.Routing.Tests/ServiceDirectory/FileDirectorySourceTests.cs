using FhirRecovery.Routing.ServiceDirectory;
using FhirRecovery.Routing.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace FhirRecovery.Routing.Tests.ServiceDirectory;

public sealed class FileDirectorySourceTests
{
    private static readonly TimeSpan ReloadWait = TimeSpan.FromSeconds(15);

    [Fact]
    public void Open_InconsistentDirectory_ThrowsListingEveryProblem()
    {
        using var folder = DirectoryFolder.FromSample();
        folder.Edit("HealthcareService-mh-riverside.json", s => s.Remove("providedBy"));
        folder.Edit("Organization-southside-cds.json", o => o["identifier"]![0]!["value"] = "FRD01");

        var ex = Assert.Throws<RoutingDirectoryException>(() =>
            FileDirectorySource.Open(folder.Path, TimeProvider.System, NullLogger<FileDirectorySource>.Instance));

        Assert.Equal(2, ex.Problems.Length);
        Assert.Contains("service-without-organization", ex.Message, StringComparison.Ordinal);
        Assert.Contains("duplicate-ods-code", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileChange_ValidEdit_SwapsInTheNewDirectory()
    {
        using var folder = DirectoryFolder.FromSample();
        using var source = FileDirectorySource.Open(folder.Path, TimeProvider.System, NullLogger<FileDirectorySource>.Instance, TimeSpan.FromMilliseconds(50));
        var before = source.Current;
        var reloaded = NextReload(source);

        folder.Edit("Endpoint-riverside-mh-fhir.json", e => e["address"] = "http://127.0.0.1:5204/fhir");

        var outcome = await reloaded.WaitAsync(ReloadWait);
        Assert.True(outcome.Accepted);
        Assert.NotSame(before, source.Current);
        Assert.Equal(new Uri("http://127.0.0.1:5204/fhir"), source.Current.FindEndpoint("riverside-mh-fhir")!.Address);
        Assert.Equal(new Uri("http://127.0.0.1:5104/fhir"), before.FindEndpoint("riverside-mh-fhir")!.Address);
    }

    [Fact]
    public async Task FileChange_BadEdit_KeepsTheOldDirectoryAndReportsProblems()
    {
        using var folder = DirectoryFolder.FromSample();
        using var source = FileDirectorySource.Open(folder.Path, TimeProvider.System, NullLogger<FileDirectorySource>.Instance, TimeSpan.FromMilliseconds(50));
        var before = source.Current;
        var reloaded = NextReload(source);

        folder.Edit("HealthcareService-housing-harbour.json", s => s.Remove("providedBy"));

        var outcome = await reloaded.WaitAsync(ReloadWait);
        Assert.False(outcome.Accepted);
        Assert.Same(before, source.Current);
        Assert.Contains(source.LastReloadProblems, p => p.Code == "service-without-organization");
    }

    [Fact]
    public void Reload_AfterAFix_ClearsTheProblems()
    {
        using var folder = DirectoryFolder.FromSample();
        using var source = FileDirectorySource.Open(folder.Path, TimeProvider.System, NullLogger<FileDirectorySource>.Instance, TimeSpan.FromHours(1));
        folder.Delete("Location-release-area-south.json");
        Assert.False(source.Reload().Succeeded);
        Assert.NotEmpty(source.LastReloadProblems);

        folder.Write("Location-release-area-south.json", File.ReadAllText(Path.Combine(DirectoryFolder.SamplePath, "Location-release-area-south.json")));
        var result = source.Reload();

        Assert.True(result.Succeeded);
        Assert.Empty(source.LastReloadProblems);
    }

    [Fact]
    public async Task FileChange_DirectoryAsOneBundleFile_ReloadsFromThatFile()
    {
        using var folder = DirectoryFolder.FromSample();
        var entries = Directory.GetFiles(folder.Path, "*.json").Select(f => $$"""{"resource":{{File.ReadAllText(f)}}}""");
        var bundleFile = Path.Combine(folder.Path, "directory.bundle");
        File.WriteAllText(bundleFile, $$"""{"resourceType":"Bundle","type":"collection","entry":[{{string.Join(",", entries)}}]}""");
        using var source = FileDirectorySource.Open(bundleFile, TimeProvider.System, NullLogger<FileDirectorySource>.Instance, TimeSpan.FromMilliseconds(50));
        var reloaded = NextReload(source);

        // Write aside and move into place, as a deploy would, so the watcher never sees half a file.
        File.WriteAllText(bundleFile + ".tmp", File.ReadAllText(bundleFile).Replace("FRE01", "FRE09", StringComparison.Ordinal));
        File.Move(bundleFile + ".tmp", bundleFile, overwrite: true);

        Assert.True((await reloaded.WaitAsync(ReloadWait)).Accepted);
        Assert.NotNull(source.Current.FindOrganizationByOdsCode("FRE09"));
    }

    private static Task<DirectoryReloadedEventArgs> NextReload(FileDirectorySource source)
    {
        var completion = new TaskCompletionSource<DirectoryReloadedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        source.Reloaded += (_, e) => completion.TrySetResult(e);
        return completion.Task;
    }
}
