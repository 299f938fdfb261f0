using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>A Quantity whose system is UCUM (http://unitsofmeasure.org) must have a code that is a valid UCUM unit
/// expression: "mm[Hg]", not "mmHg" (the HL7 Java validator checks the same, an error).</summary>
internal sealed class UcumCodeCheck : IElementCheck
{
    public const string UcumSystem = "http://unitsofmeasure.org";

    public void Check(Base value, ElementPath path, ValidationRun run)
    {
        if (value is Quantity { System: UcumSystem, Code: { } code } && !UcumUnits.IsValid(code))
        {
            run.Findings.Error(OperationOutcome.IssueType.CodeInvalid, path.Append(".code"),
                $"'{code}' is not a valid UCUM unit (Quantity.system is {UcumSystem}).");
        }
    }
}
