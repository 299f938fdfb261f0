using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Errors;

/// <summary>Builds the one-issue OperationOutcomes the gateway answers with when it refuses a request.</summary>
internal static class Outcomes
{
    public static OperationOutcome Error(OperationOutcome.IssueType code, string diagnostics, string? expression = null) =>
        Single(OperationOutcome.IssueSeverity.Error, code, diagnostics, expression);

    public static OperationOutcome Fatal(OperationOutcome.IssueType code, string diagnostics) =>
        Single(OperationOutcome.IssueSeverity.Fatal, code, diagnostics, null);

    public static OperationOutcome Information(string diagnostics) =>
        Single(OperationOutcome.IssueSeverity.Information, OperationOutcome.IssueType.Informational, diagnostics, null);

    private static OperationOutcome Single(OperationOutcome.IssueSeverity severity, OperationOutcome.IssueType code, string diagnostics, string? expression)
    {
        var issue = new OperationOutcome.IssueComponent { Severity = severity, Code = code, Diagnostics = diagnostics };
        if (expression is not null)
        {
            issue.Expression = [expression];
        }

        return new OperationOutcome { Issue = [issue] };
    }
}
