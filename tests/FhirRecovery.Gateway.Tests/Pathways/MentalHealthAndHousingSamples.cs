using System.Text.Json.Nodes;

namespace FhirRecovery.Gateway.Tests.Pathways;

/// <summary>The pathway samples of conformance/pathways/examples (the same files the walk-throughs post), found from
/// the test's output folder upwards, each given a fresh id where a test needs its own referral.</summary>
internal static class MentalHealthAndHousingSamples
{
    public const string JordanNhsNumber = "9991087109";
    public const string AlexNhsNumber = "9991047514";

    public static string Folder => FindUp(Path.Combine("conformance", "pathways"));

    public static string Read(string file) => File.ReadAllText(Path.Combine(Folder, "examples", file));

    /// <summary>A referral sample with its own id (and NHS number, when given).</summary>
    public static (string Id, string Json) Referral(string file, string? nhsNumber = null)
    {
        var node = JsonNode.Parse(Read(file))!;
        var id = "ref-" + Guid.NewGuid().ToString("N")[..20];
        node["id"] = id;
        if (nhsNumber is not null)
        {
            node["subject"]!["identifier"]!["value"] = nhsNumber;
        }

        return (id, node.ToJsonString());
    }

    /// <summary>A Task sample about referral <paramref name="referralId"/>, with its own id.</summary>
    public static string TaskFor(string file, string referralId, Action<JsonNode>? change = null)
    {
        var node = JsonNode.Parse(Read(file))!;
        node["id"] = "task-" + Guid.NewGuid().ToString("N")[..20];
        node["focus"]!["reference"] = "ServiceRequest/" + referralId;
        change?.Invoke(node);
        return node.ToJsonString();
    }

    private static string FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(relative);
    }
}
