using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Tests.ImplementationGuide;

/// <summary>Every counter-example of the guide fails with the issue its manifest names. Counter-examples whose
/// check the validator does not have yet are marked awaitsValidator in the manifest and skipped here.</summary>
[Collection(ValidatorGroup.Name)]
public sealed class CounterExampleTests(ValidatorFixture fixture)
{
    private const string AwaitingReason = "awaitsValidator: the validator does not implement this check yet (profiles/examples/invalid/manifest.json)";

    public static TheoryData<string> CheckedFiles() => new(GuideExamples.Invalid.Where(c => !c.AwaitsValidator).Select(c => c.File));

    public static TheoryData<string> AwaitingFiles() => new(GuideExamples.Invalid.Where(c => c.AwaitsValidator).Select(c => c.File));

    [Theory]
    [MemberData(nameof(CheckedFiles))]
    public void Validate_CounterExample_ReportsTheIssueItsManifestNames(string file) => AssertExpectedIssue(file);

    [Theory(Skip = AwaitingReason)]
    [MemberData(nameof(AwaitingFiles))]
    public void Validate_CounterExampleAwaitingValidator_ReportsTheIssueItsManifestNames(string file) => AssertExpectedIssue(file);

    private void AssertExpectedIssue(string file)
    {
        var counterExample = GuideExamples.Invalid.Single(c => c.File == file);
        var body = File.ReadAllBytes(Path.Combine(GuideExamples.InvalidDirectory, file));

        var result = fixture.Validator.Validate(body, FhirFormat.Json, new ValidationRequest([counterExample.Profile]));

        var expected = counterExample.Expected;
        var severity = expected.Severity == "warning" ? OperationOutcome.IssueSeverity.Warning : OperationOutcome.IssueSeverity.Error;
        var found = result.Outcome.Issue.Any(i => i.Severity == severity
            && i.Expression.Contains(expected.Expression)
            && (i.Details?.Text ?? "").Contains(expected.Message, StringComparison.OrdinalIgnoreCase));
        Assert.True(found, $"{file} ({counterExample.Rule}): expected {expected.Severity} at {expected.Expression} containing '{expected.Message}'; got:\n"
            + OutcomeAssert.Describe(result.Outcome));
    }
}
