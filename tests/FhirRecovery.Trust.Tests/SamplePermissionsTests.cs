using System.Text.Json;
using FhirRecovery.Trust.Permissions;

namespace FhirRecovery.Trust.Tests;

/// <summary>The sample deployment's permissions file in conformance/ must stay consistent with its directory.</summary>
public sealed class SamplePermissionsTests
{
    private static string ConformanceFolder()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "FhirRecovery.sln")))
        {
            folder = folder.Parent;
        }

        return Path.Combine(folder?.FullName ?? throw new InvalidOperationException("repository root not found"), "conformance");
    }

    private static HashSet<string> DirectoryServiceTypes()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(ConformanceFolder(), "directory"), "HealthcareService-*.json"))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var type in document.RootElement.GetProperty("type").EnumerateArray())
            {
                foreach (var coding in type.GetProperty("coding").EnumerateArray())
                {
                    codes.Add(coding.GetProperty("code").GetString()!);
                }
            }
        }

        return codes;
    }

    [Fact]
    public void SamplePermissions_LoadAgainstTheSampleDirectory_WithoutProblems()
    {
        var json = File.ReadAllText(Path.Combine(ConformanceFolder(), "permissions.json"));

        var policy = PermissionPolicyLoader.Load(json, DirectoryServiceTypes(), out var problems);

        Assert.Empty(problems);
        var prison = new SenderIdentity("FRP01", new HashSet<string> { "prison-healthcare" });
        Assert.True(policy.CanSend(prison, "release-handover", "Bundle", "community-drug-service").Allowed);
        Assert.False(policy.CanSend(prison, "release-handover", "Bundle", "mental-health").Allowed);
    }
}
