using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Tests;

/// <summary>Assertions on OperationOutcomes that print the whole outcome when they fail.</summary>
internal static class OutcomeAssert
{
    public static void AllOk(ValidationResult result)
    {
        Assert.False(result.HasErrors, Describe(result.Outcome));
        var issue = Assert.Single(result.Outcome.Issue);
        Assert.Equal(OperationOutcome.IssueSeverity.Information, issue.Severity);
        Assert.Equal("All OK", issue.Details?.Text);
    }

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
