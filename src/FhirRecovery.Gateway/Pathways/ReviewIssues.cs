using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Pathways;

/// <summary>A review finding as an informational OperationOutcome issue: details coded with the IG's review-reason.</summary>
internal static class ReviewIssues
{
    public static OperationOutcome.IssueComponent From(ReviewFinding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return new OperationOutcome.IssueComponent
        {
            Severity = OperationOutcome.IssueSeverity.Information,
            Code = OperationOutcome.IssueType.Informational,
            Details = new CodeableConcept(PathwayCodes.ReviewReasonSystem, finding.Code, finding.Text),
            Expression = [finding.Expression],
        };
    }
}
