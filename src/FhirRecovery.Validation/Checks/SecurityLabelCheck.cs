using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>A security label (meta.security) appears once: a repeated label is a sender's mistake that receivers
/// handle differently (the HL7 Java validator: "Duplicate Security Label", an error).</summary>
internal sealed class SecurityLabelCheck : IElementCheck
{
    public void Check(Base value, ElementPath path, ValidationRun run)
    {
        if (value is not Meta { Security.Count: > 1 } meta)
        {
            return;
        }

        var seen = new HashSet<(string?, string?)>();
        foreach (var label in meta.Security)
        {
            if (label is not null && !seen.Add((label.System, label.Code)))
            {
                run.Findings.Error(OperationOutcome.IssueType.BusinessRule, path,
                    $"Duplicate security label {label.System}|{label.Code} in meta.security.");
            }
        }
    }
}
