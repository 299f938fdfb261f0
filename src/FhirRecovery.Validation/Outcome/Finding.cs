using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Outcome;

/// <summary>One finding of the reader or a check, as data; turned into an OperationOutcome issue at the edge.</summary>
internal readonly record struct Finding(
    OperationOutcome.IssueSeverity Severity,
    OperationOutcome.IssueType Code,
    string Message,
    string Expression);
