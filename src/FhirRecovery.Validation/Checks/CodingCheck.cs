using FhirRecovery.Specification.Terminology;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>
/// Any Coding (bound or not) whose code system is held completely in the packages must use a code of that
/// system; a display that differs from the code system's is a warning. Code systems we do not hold completely
/// (SNOMED CT, LOINC...) are not judged.
/// </summary>
internal sealed class CodingCheck(LocalTerminology terminology) : IElementCheck
{
    public void Check(Base value, string expression, ValidationRun run)
    {
        if (value is not Coding { System: { } system, Code: { } code } coding || terminology.CodeSystem(system) is not { } codes)
        {
            return;
        }

        if (!codes.Contains(code))
        {
            run.Findings.Error(OperationOutcome.IssueType.CodeInvalid, expression + ".code", $"Unknown code '{code}' in the code system '{system}'.");
            return;
        }

        if (coding.Display is { } display && codes.DisplayOf(code) is { } expected
            && !string.Equals(display.Trim(), expected.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            run.Findings.Warning(OperationOutcome.IssueType.Value, expression + ".display",
                $"Wrong display '{display}' for {system}#{code}: the code system says '{expected}'.");
        }
    }
}
