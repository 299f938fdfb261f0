using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Outcome;

/// <summary>
/// The findings of one validation. Duplicates (same code, place and message, e.g. the same cardinality
/// error found by the base definition and by a profile) are dropped, so each finding is reported once.
/// Not thread-safe: one list per validation.
/// </summary>
internal sealed class FindingList
{
    private readonly List<Finding> _findings = [];
    private readonly HashSet<(OperationOutcome.IssueType, string, string)> _seen = [];
    private readonly HashSet<(OperationOutcome.IssueType, string)> _reportedByReader = [];

    public IReadOnlyList<Finding> Items => _findings;

    public bool HasErrors { get; private set; }

    public void Add(Finding finding)
    {
        if (_reportedByReader.Contains((finding.Code, finding.Expression)) || !_seen.Add((finding.Code, finding.Expression, finding.Message)))
        {
            return;
        }

        _findings.Add(finding);
        HasErrors |= finding.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal;
    }

    public void Error(OperationOutcome.IssueType code, string expression, string message) =>
        Add(new Finding(OperationOutcome.IssueSeverity.Error, code, message, expression));

    public void Warning(OperationOutcome.IssueType code, string expression, string message) =>
        Add(new Finding(OperationOutcome.IssueSeverity.Warning, code, message, expression));

    public void Information(OperationOutcome.IssueType code, string expression, string message) =>
        Add(new Finding(OperationOutcome.IssueSeverity.Information, code, message, expression));

    public void Error(OperationOutcome.IssueType code, ElementPath path, string message) => Error(code, path.Expression, message);

    public void Warning(OperationOutcome.IssueType code, ElementPath path, string message) => Warning(code, path.Expression, message);

    public void Information(OperationOutcome.IssueType code, ElementPath path, string message) => Information(code, path.Expression, message);

    /// <summary>Adds a finding of the reader; the checks then stay silent about the same kind of problem at the
    /// same place (the reader already said it, with a line number).</summary>
    public void AddFromReader(Finding finding)
    {
        Add(finding);
        _reportedByReader.Add((finding.Code, finding.Expression));
    }
}
