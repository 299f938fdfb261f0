using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Outcome;

/// <summary>Turns findings into an OperationOutcome: one issue per finding, or one "All OK" when there are none.</summary>
internal static class OutcomeBuilder
{
    private const int MaxRank = 3;

    public static OperationOutcome Build(IReadOnlyList<Finding> findings)
    {
        var outcome = new OperationOutcome();
        if (findings.Count == 0)
        {
            outcome.Issue.Add(new OperationOutcome.IssueComponent
            {
                Severity = OperationOutcome.IssueSeverity.Information,
                Code = OperationOutcome.IssueType.Informational,
                Details = new CodeableConcept { Text = "All OK" },
            });
            return outcome;
        }

        // Most severe first, in the order found within a severity (a stable sort, without LINQ's buffers).
        for (var rank = 0; rank <= MaxRank; rank++)
        {
            for (var f = 0; f < findings.Count; f++)
            {
                if (SeverityRank(findings[f].Severity) == rank)
                {
                    outcome.Issue.Add(Issue(findings[f]));
                }
            }
        }

        return outcome;
    }

    private static OperationOutcome.IssueComponent Issue(Finding finding)
    {
        var issue = new OperationOutcome.IssueComponent
        {
            Severity = finding.Severity,
            Code = finding.Code,
            Details = new CodeableConcept { Text = finding.Message },
        };
        if (finding.Expression.Length > 0)
        {
            issue.ExpressionElement = [new FhirString(finding.Expression)];
            issue.LocationElement = [new FhirString(finding.Expression)];
        }

        return issue;
    }

    private static int SeverityRank(OperationOutcome.IssueSeverity severity) => severity switch
    {
        OperationOutcome.IssueSeverity.Fatal => 0,
        OperationOutcome.IssueSeverity.Error => 1,
        OperationOutcome.IssueSeverity.Warning => 2,
        _ => 3,
    };
}
