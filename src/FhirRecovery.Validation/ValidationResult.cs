using Hl7.Fhir.Model;

namespace FhirRecovery.Validation;

/// <summary>The outcome of reading and validating one resource.</summary>
/// <param name="Resource">The resource as read; null when the body could not be read at all.</param>
/// <param name="Outcome">One issue per finding, with severity, code, message and FHIRPath expression.
/// An outcome with no findings holds a single informational "all OK" issue.</param>
/// <param name="IsUnreadable">True when the body is not JSON/XML or not a FHIR resource at all
/// (the gateway answers 400); false when it was read and may still have errors (422).</param>
public sealed record ValidationResult(Resource? Resource, OperationOutcome Outcome, bool IsUnreadable)
{
    /// <summary>True when any issue is an error or fatal.</summary>
    public bool HasErrors => IsUnreadable || Outcome.Issue.Exists(i =>
        i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal);
}
