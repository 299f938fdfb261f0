using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Tests;

/// <summary>Assertions on OperationOutcomes that print the whole outcome when they fail.</summary>
internal static class OutcomeAssert
{
    /// <summary>No finding at all, apart from the best-practice warning dom-6 ("should have narrative") that the
    /// reference validators also give on every resource without a narrative.</summary>
    public static void AllOk(ValidationResult result)
    {
        Assert.False(result.HasErrors, Describe(result.Outcome));
        var findings = Findings(result);
        Assert.True(findings.Count == 0 || (findings.Count == 1 && findings[0].Details?.Text == "All OK"), Describe(result.Outcome));
    }

    /// <summary>The issues other than dom-6 and "All OK".</summary>
    public static List<OperationOutcome.IssueComponent> Findings(ValidationResult result) =>
        result.Outcome.Issue.Where(i => !IsDom6(i) && i.Details?.Text != "All OK").ToList();

    private static bool IsDom6(OperationOutcome.IssueComponent issue) =>
        issue.Severity == OperationOutcome.IssueSeverity.Warning && (issue.Details?.Text ?? "").Contains("dom-6", StringComparison.Ordinal);

    public static OperationOutcome.IssueComponent HasIssue(ValidationResult result, OperationOutcome.IssueSeverity severity, string expression, string? messagePart = null)
    {
        var matches = result.Outcome.Issue.Where(i => i.Severity == severity && i.Expression.Contains(expression)
            && (messagePart is null || (i.Details?.Text ?? "").Contains(messagePart, StringComparison.OrdinalIgnoreCase))).ToList();
        Assert.True(matches.Count == 1, $"Expected one {severity} at {expression} ({messagePart}); got {matches.Count}:\n{Describe(result.Outcome)}");
        return matches[0];
    }

    public static OperationOutcome.IssueComponent HasError(ValidationResult result, string expression, string? messagePart = null) =>
        HasIssue(result, OperationOutcome.IssueSeverity.Error, expression, messagePart);

    public static void NoErrorAt(ValidationResult result, string expression) =>
        Assert.DoesNotContain(result.Outcome.Issue, i => i.Severity is OperationOutcome.IssueSeverity.Error && i.Expression.Contains(expression));

    public static string Describe(OperationOutcome outcome) => string.Join("\n", outcome.Issue.Select(i =>
        $"  {i.Severity} {i.Code} [{string.Join(",", i.Expression)}] {i.Details?.Text}"));
}
