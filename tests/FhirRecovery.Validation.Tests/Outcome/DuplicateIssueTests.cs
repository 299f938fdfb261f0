using FhirRecovery.Validation.Tests.ImplementationGuide;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Tests.Outcome;

/// <summary>Each finding is reported once, at a FHIRPath from the resource root: every guide example and
/// counter-example, and every test definition, validated against its profile.</summary>
[Collection(ValidatorGroup.Name)]
public sealed class DuplicateIssueTests(ValidatorFixture fixture, Xunit.Abstractions.ITestOutputHelper output)
{
    public static TheoryData<string> Instances()
    {
        var data = new TheoryData<string>();
        foreach (var example in GuideExamples.Valid)
        {
            data.Add("valid/" + example.File);
        }

        foreach (var example in GuideExamples.Invalid)
        {
            data.Add("invalid/" + example.File);
        }

        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "TestDefinitions"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add("definitions/" + Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Instances))]
    public void Validate_ExampleOrDefinition_ReportsEachIssueOnceFromTheRoot(string instance)
    {
        var (body, profile) = Load(instance);

        var result = fixture.Validator.Validate(body, FhirFormat.Json, new ValidationRequest(profile is null ? [] : [profile]));

        var issues = result.Outcome.Issue;
        output.WriteLine(OutcomeAssert.Describe(result.Outcome));
        var duplicates = issues.GroupBy(i => (i.Severity, i.Code, string.Join("|", i.Expression), i.Details?.Text))
            .Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "Duplicate issues:\n" + OutcomeAssert.Describe(result.Outcome));
        var resourceType = RootOf(body);
        Assert.All(issues.SelectMany(i => i.Expression), e => Assert.True(e is not null && e.StartsWith(resourceType, StringComparison.Ordinal),
            $"'{e}' is not a FHIRPath from the {resourceType} root:\n{OutcomeAssert.Describe(result.Outcome)}"));
        // The same rule at the same place is one finding, whatever the wording: no two issues of one severity at
        // one expression may share the element they name.
        var sameRuleTwice = issues.Where(i => i.Code == OperationOutcome.IssueType.Required)
            .GroupBy(i => (i.Severity, RequiredElement(i))).Where(g => g.Count() > 1).ToList();
        Assert.True(sameRuleTwice.Count == 0, "A required element reported twice:\n" + OutcomeAssert.Describe(result.Outcome));
        // One binding (one value set) checked at one place is one finding, however the element was reached.
        var bindingTwice = issues.Where(i => i.Code == OperationOutcome.IssueType.CodeInvalid)
            .GroupBy(i => (i.Severity, string.Join("|", i.Expression), ValueSetOf(i))).Where(g => g.Count() > 1).ToList();
        Assert.True(bindingTwice.Count == 0, "A binding reported twice at one place:\n" + OutcomeAssert.Describe(result.Outcome));
    }

    [Theory]
    [InlineData("")]
    [InlineData(TestProfiles.Observation)]
    public void Validate_MissingRequiredElement_ReportsOneIssueAtTheParent(string profile)
    {
        var body = TestProfiles.ValidObservation.Replace("\"status\":\"final\",", "", StringComparison.Ordinal).Replace("EXTRA", "", StringComparison.Ordinal);

        var result = fixture.Validator.Validate(System.Text.Encoding.UTF8.GetBytes(body), FhirFormat.Json,
            new ValidationRequest(profile.Length == 0 ? [] : [profile]));

        output.WriteLine(OutcomeAssert.Describe(result.Outcome));
        var status = result.Outcome.Issue.Where(i => (i.Details?.Text ?? "").Contains("status", StringComparison.Ordinal)).ToList();
        Assert.True(status.Count == 1, OutcomeAssert.Describe(result.Outcome));
        Assert.Equal(["Observation"], status[0].Expression);
    }

    [Fact]
    public void Validate_BundleEntryMissingRequiredElement_ReportsOneIssueAtTheEntry()
    {
        var observation = TestProfiles.ValidObservation.Replace("\"status\":\"final\",", "", StringComparison.Ordinal).Replace("EXTRA", "", StringComparison.Ordinal);
        var body = "{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"fullUrl\":\"urn:uuid:8f0e4b1e-4f7a-4c1e-9a1e-2b7c1d3e4f50\",\"resource\":" + observation + "}]}";

        var result = fixture.Validator.Validate(System.Text.Encoding.UTF8.GetBytes(body), FhirFormat.Json, new ValidationRequest([]));

        output.WriteLine(OutcomeAssert.Describe(result.Outcome));
        var status = result.Outcome.Issue.Where(i => (i.Details?.Text ?? "").Contains("status", StringComparison.Ordinal)).ToList();
        Assert.True(status.Count == 1, OutcomeAssert.Describe(result.Outcome));
        Assert.Equal(["Bundle.entry[0].resource"], status[0].Expression);
    }

    [Fact]
    public void Translate_PathRootedAtThis_IsRootedAtTheResourceType()
    {
        var expression = Reading.FhirPathFromInstancePath.Translate(new Observation(), "$this.status");

        Assert.Equal("Observation.status", expression);
    }

    private static string ValueSetOf(OperationOutcome.IssueComponent issue)
    {
        var text = issue.Details?.Text ?? "";
        var start = text.IndexOf("value set ", StringComparison.Ordinal);
        return start < 0 ? text : text[(start + 10)..].Split(' ', ',')[0];
    }

    private static string RequiredElement(OperationOutcome.IssueComponent issue)
    {
        var text = issue.Details?.Text ?? "";
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? text : text[..colon];
    }

    private static string RootOf(byte[] body)
    {
        using var document = System.Text.Json.JsonDocument.Parse(body);
        return document.RootElement.GetProperty("resourceType").GetString()!;
    }

    private static (byte[] Body, string? Profile) Load(string instance)
    {
        var slash = instance.IndexOf('/', StringComparison.Ordinal);
        var (folder, file) = (instance[..slash], instance[(slash + 1)..]);
        return folder switch
        {
            "valid" => (File.ReadAllBytes(Path.Combine(GuideExamples.ValidDirectory, file)), GuideExamples.Valid.Single(e => e.File == file).Profile),
            "invalid" => (File.ReadAllBytes(Path.Combine(GuideExamples.InvalidDirectory, file)), GuideExamples.Invalid.Single(e => e.File == file).Profile),
            _ => (File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestDefinitions", file)), null),
        };
    }
}
