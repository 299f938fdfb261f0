using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json.Nodes;

namespace FhirRecovery.Gateway.Tests.Infrastructure;

/// <summary>The implementation guide's own examples, read from the FhirRecovery package beside the tests: valid
/// payloads that the routing tests send (with a fresh identity per test where idempotency matters).</summary>
public static class IgExamples
{
    private static readonly Lazy<Dictionary<string, string>> _files = new(Load);

    public static string ReleaseHandover => _files.Value["Bundle-release-handover-alex.json"];

    public static string SharedCareUpdate => _files.Value["Bundle-shared-care-jordan.json"];

    public static string MentalHealthReferral => _files.Value["ServiceRequest-referral-jordan-mh.json"];

    /// <summary>The guide's referral Task (for the mental health trust), with a fresh id so each test's send is new.</summary>
    public static string ReferralTask()
    {
        var task = JsonNode.Parse(_files.Value["Task-referral-task-jordan-mh.json"])!;
        task["id"] = "task-" + Guid.NewGuid().ToString("N")[..12];
        // About a referral this gateway never routed, so the referral workflow (back to the referrer only) stays out
        // of the way and the Task goes where the target header says.
        task["focus"]!["reference"] = "ServiceRequest/elsewhere-" + Guid.NewGuid().ToString("N")[..12];
        return task.ToJsonString();
    }

    /// <summary>The shared-care update with its MessageHeader destination set to another organisation.</summary>
    public static string SharedCareUpdateTo(string organizationId)
    {
        var bundle = JsonNode.Parse(SharedCareUpdate)!;
        bundle["entry"]![0]!["resource"]!["destination"]![0]!["receiver"]!["reference"] = "Organization/" + organizationId;
        return bundle.ToJsonString();
    }

    /// <summary>The referral addressed to <paramref name="performers"/> (organisation ids).</summary>
    public static string ReferralTo(params string[] performers)
    {
        var request = JsonNode.Parse(MentalHealthReferral)!;
        request["performer"] = new JsonArray([.. performers.Select(p => (JsonNode)new JsonObject { ["reference"] = "Organization/" + p })]);
        return request.ToJsonString();
    }

    private static Dictionary<string, string> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "fhir-packages", "fhir.recovery.tgz");
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is { } data && entry.Name.StartsWith("package/", StringComparison.Ordinal))
            {
                using var reader = new StreamReader(data);
                files[entry.Name["package/".Length..]] = reader.ReadToEnd();
            }
        }

        return files;
    }
}
