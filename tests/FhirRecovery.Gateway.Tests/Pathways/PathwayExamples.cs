using System.Globalization;
using System.Text.Json.Nodes;

namespace FhirRecovery.Gateway.Tests.Pathways;

/// <summary>
/// The pathway sample messages in conformance/pathways/examples, the same files the walk-throughs post with curl (so
/// the walk-throughs cannot rot without these tests failing), and the variants the tests need.
/// </summary>
public static class PathwayExamples
{
    public const string AlexNhsNumber = "9991047514";
    public const string JordanNhsNumber = "9991087109";
    public const string AlexHandoverIdentifier = "6c1f7f0e-3b5a-4a53-9d2e-2f4a1b0c9e11";

    public static string Folder => Path.Combine(FindUp(Path.Combine("conformance", "pathways")), "examples");

    public static string Read(string file) => File.ReadAllText(Path.Combine(Folder, file));

    public static string ConformanceFile(string file) => File.ReadAllText(Path.Combine(FindUp(Path.Combine("conformance", "pathways")), file));

    /// <summary>The release handover with a fresh message identifier, the person's NHS number, and the release (with
    /// the last dose two hours before it and the first appointment ninety minutes after it) at <paramref name="release"/>.</summary>
    public static string Handover(DateTimeOffset release, string nhsNumber = AlexNhsNumber, string? identifier = null, Action<JsonNode>? edit = null)
    {
        var bundle = JsonNode.Parse(Read("release-handover-alex.json"))!;
        bundle["identifier"]!["value"] = identifier ?? Guid.NewGuid().ToString();
        foreach (var entry in bundle["entry"]!.AsArray())
        {
            var resource = entry!["resource"]!;
            switch (resource["resourceType"]!.GetValue<string>())
            {
                case "Patient":
                    resource["identifier"]![0]!["value"] = nhsNumber;
                    break;
                case "EpisodeOfCare":
                    Extension(resource, "planned-release")!["valueDateTime"] = Instant(release);
                    break;
                case "MedicationAdministration":
                    resource["effectiveDateTime"] = Instant(release.AddHours(-2));
                    break;
                case "Appointment":
                    resource["start"] = Instant(release.AddMinutes(90));
                    resource["end"] = Instant(release.AddMinutes(150));
                    break;
            }
        }

        edit?.Invoke(bundle);
        return bundle.ToJsonString();
    }

    /// <summary>The drug service's acknowledgement answering <paramref name="handoverIdentifier"/>, with the first appointment.</summary>
    public static string Acknowledgement(string handoverIdentifier, DateTimeOffset firstAppointment, string code = "ok")
    {
        var bundle = JsonNode.Parse(Read("release-handover-acknowledgement-alex.json"))!;
        bundle["identifier"]!["value"] = Guid.NewGuid().ToString();
        bundle["entry"]![0]!["resource"]!["response"]!["identifier"] = handoverIdentifier;
        bundle["entry"]![0]!["resource"]!["response"]!["code"] = code;
        bundle["entry"]![2]!["resource"]!["start"] = Instant(firstAppointment);
        bundle["entry"]![2]!["resource"]!["end"] = Instant(firstAppointment.AddHours(1));
        return bundle.ToJsonString();
    }

    /// <summary>A consent (registered through POST /Consent) refusing sharing with <paramref name="serviceType"/> for the person.</summary>
    public static string ConsentRefusing(string nhsNumber, string serviceType, string organizationId)
    {
        var consent = JsonNode.Parse(Read("consent-refuses-primary-care.json"))!;
        consent["patient"]!["identifier"]!["value"] = nhsNumber;
        var actor = consent["provision"]!["provision"]![0]!["actor"]![0]!;
        actor["role"]!["coding"]![0]!["code"] = serviceType;
        actor["reference"]!["reference"] = "Organization/" + organizationId;
        return consent.ToJsonString();
    }

    /// <summary>A message with every NHS number in it replaced (a different person, for consent tests).</summary>
    public static string ForPerson(string message, string fromNhsNumber, string toNhsNumber) =>
        message.Replace($"\"{fromNhsNumber}\"", $"\"{toNhsNumber}\"", StringComparison.Ordinal);

    public static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static JsonNode? Extension(JsonNode resource, string id) =>
        resource["extension"]!.AsArray().First(e => e!["url"]!.GetValue<string>().EndsWith("/" + id, StringComparison.Ordinal));

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
