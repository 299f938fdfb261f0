using System.Text.Json.Nodes;

namespace FhirRecovery.Gateway.Tests.Trust;

/// <summary>The implementation guide's examples (profiles/examples), found from the test's output folder upwards.</summary>
internal static class GuideExamples
{
    public const string JordanNhsNumber = "9991087109";
    public const string AlexNhsNumber = "9991047514";

    public static string Folder(string kind) => Path.Combine(FindUp(Path.Combine("profiles", "examples")), kind);

    public static string Read(string file) => File.ReadAllText(Path.Combine(Folder("valid"), file));

    public static JsonObject ReadNode(string file) => JsonNode.Parse(Read(file))!.AsObject();

    /// <summary>A collection Bundle of the given resources, the body of the trust probe.</summary>
    public static string Collection(params JsonObject[] resources)
    {
        var entries = new JsonArray([.. resources.Select(r => (JsonNode)new JsonObject { ["resource"] = r.DeepClone() })]);
        return new JsonObject { ["resourceType"] = "Bundle", ["type"] = "collection", ["entry"] = entries }.ToJsonString();
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
