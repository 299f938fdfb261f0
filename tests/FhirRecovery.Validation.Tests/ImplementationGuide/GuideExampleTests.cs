using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Tests.ImplementationGuide;

/// <summary>Every valid example of the guide passes the validator against the profile it illustrates.</summary>
[Collection(ValidatorGroup.Name)]
public sealed class GuideExampleTests(ValidatorFixture fixture)
{
    public static TheoryData<string> ValidFiles() => new(GuideExamples.Valid.Select(e => e.File));

    [Theory]
    [MemberData(nameof(ValidFiles))]
    public void Validate_ValidExample_HasNoErrors(string file)
    {
        var example = GuideExamples.Valid.Single(e => e.File == file);
        var body = File.ReadAllBytes(Path.Combine(GuideExamples.ValidDirectory, file));
        var profiles = example.Profile is null ? [] : new[] { example.Profile };

        var result = fixture.Validator.Validate(body, FhirFormat.Json, new ValidationRequest(profiles));

        Assert.False(result.HasErrors, OutcomeAssert.Describe(result.Outcome));
        Assert.DoesNotContain(result.Outcome.Issue, i => i.Severity == OperationOutcome.IssueSeverity.Warning
            && (i.Details?.Text ?? "").Contains("StructureDefinition/", StringComparison.Ordinal)
            && (i.Details?.Text ?? "").Contains("unknown", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Manifests_EveryProfileOfTheGuide_HasOneValidExampleAndTwoCounterExamples()
    {
        var profiles = fixture.Catalog.ProfileUrls
            .Where(u => u.StartsWith("https://fhirrecovery.org.uk/fhir/StructureDefinition/", StringComparison.Ordinal))
            .Where(u => fixture.Catalog.Resolve(u) is StructureDefinition { Type: not "Extension" })
            .ToList();

        Assert.NotEmpty(profiles);
        var missing = profiles.Where(p => !GuideExamples.Valid.Any(e => e.Profile == p)
            || GuideExamples.Invalid.Count(c => c.Profile == p) < 2).ToList();
        Assert.True(missing.Count == 0, "Profiles without one valid example and two counter-examples:\n" + string.Join("\n", missing));
    }
}
