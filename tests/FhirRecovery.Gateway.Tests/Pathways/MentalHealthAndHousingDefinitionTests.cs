using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json.Nodes;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace FhirRecovery.Gateway.Tests.Pathways;

/// <summary>The referral exchanges as stated in conformance/pathways (MessageDefinitions): they parse strictly as R4,
/// name event codes of the guide's message-event CodeSystem and profiles the guide defines for the right resource type,
/// answer each other, and the samples the walk-throughs post claim those profiles.</summary>
public sealed class MentalHealthAndHousingDefinitionTests
{
    private static readonly Lazy<Dictionary<string, JsonNode>> _guide = new(LoadGuide);

    public static TheoryData<string> Definitions() => [.. DefinitionFiles()];

    [Fact]
    public void ReferralDefinitions_BothExchanges_AreStated()
    {
        Assert.Equal(["referral-request.MessageDefinition.json", "referral-response.MessageDefinition.json"], DefinitionFiles());
    }

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Definition_ParsesStrictly_AndNamesAnEventOfTheGuide(string file)
    {
        var definition = Parse(file);

        var coding = Assert.IsType<Coding>(definition.Event);
        Assert.Equal("https://fhirrecovery.org.uk/fhir/CodeSystem/message-event", coding.System);
        var codes = _guide.Value.Values.Single(r => (string?)r["resourceType"] == "CodeSystem" && (string?)r["url"] == coding.System)["concept"]!
            .AsArray().Select(c => (string?)c!["code"]);
        Assert.Contains(coding.Code, codes);
        Assert.Equal(file.Split('.')[0], coding.Code);
    }

    [Theory]
    [MemberData(nameof(Definitions))]
    public void Definition_FocusProfiles_ExistInTheGuideForTheirType(string file)
    {
        var definition = Parse(file);

        Assert.NotEmpty(definition.Focus);
        foreach (var focus in definition.Focus)
        {
            var profile = _guide.Value.Values.SingleOrDefault(r => (string?)r["resourceType"] == "StructureDefinition" && (string?)r["url"] == focus.Profile);
            Assert.True(profile is not null, $"{focus.Profile} is not a profile of the guide");
            Assert.Equal(focus.Code?.ToString(), (string?)profile["type"]);
        }
    }

    [Fact]
    public void ReferralRequest_AllowedResponse_IsTheReferralResponse()
    {
        var request = Parse("referral-request.MessageDefinition.json");
        var response = Parse("referral-response.MessageDefinition.json");

        Assert.Equal(response.Url, Assert.Single(request.AllowedResponse).Message);
    }

    [Theory]
    [InlineData("referral-mental-health.json", "referral-request")]
    [InlineData("referral-housing.json", "referral-request")]
    [InlineData("referral-employment.json", "referral-request")]
    [InlineData("referral-task-mental-health-accepted.json", "referral-response")]
    [InlineData("referral-task-mental-health-rejected.json", "referral-response")]
    [InlineData("referral-task-mental-health-completed.json", "referral-response")]
    [InlineData("referral-task-housing-accepted.json", "referral-response")]
    public void Sample_ClaimsTheFocusProfileOfItsExchange(string sample, string exchange)
    {
        var focus = Assert.Single(Parse(exchange + ".MessageDefinition.json").Focus);
        var resource = JsonNode.Parse(MentalHealthAndHousingSamples.Read(sample))!;

        Assert.Equal(focus.Code?.ToString(), (string?)resource["resourceType"]);
        Assert.Equal(focus.Profile, (string?)resource["meta"]!["profile"]![0]);
    }

    private static List<string> DefinitionFiles() =>
        [.. Directory.GetFiles(MentalHealthAndHousingSamples.Folder, "referral-*.MessageDefinition.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static MessageDefinition Parse(string file) =>
        new FhirJsonDeserializer().Deserialize<MessageDefinition>(File.ReadAllText(Path.Combine(MentalHealthAndHousingSamples.Folder, file)));

    private static Dictionary<string, JsonNode> LoadGuide()
    {
        using var gzip = new GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "fhir-packages", "fhir.recovery.tgz")), CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        var files = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        while (tar.GetNextEntry() is { } entry)
        {
            if (entry.DataStream is { } data && entry.Name.EndsWith(".json", StringComparison.Ordinal) && !entry.Name.EndsWith("package.json", StringComparison.Ordinal)
                && !entry.Name.Contains(".index.", StringComparison.Ordinal))
            {
                files[entry.Name] = JsonNode.Parse(data)!;
            }
        }

        return files;
    }
}
