using FhirRecovery.Specification;
using FhirRecovery.Specification.Terminology;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>
/// Any Coding (bound or not) whose code system is held completely in the packages must use a code of that
/// system; a display that differs from the code system's is a warning. Code systems we do not hold completely
/// (SNOMED CT, LOINC...) are not judged. A system must name a code system: not a value set, and not an unknown URI
/// in FHIR's own namespace (http://hl7.org/fhir/...), where every code system is published in the core package.
/// </summary>
internal sealed class CodingCheck(LocalTerminology terminology, FhirPackageCatalog catalog) : IElementCheck
{
    private const string FhirNamespace = "http://hl7.org/fhir/";

    public void Check(Base value, ElementPath path, ValidationRun run)
    {
        if (value is not Coding { System: { } system } coding)
        {
            return;
        }

        if (terminology.CodeSystem(system) is not { } codes)
        {
            CheckSystemIsCodeSystem(system, path, run);
            return;
        }

        if (coding.Code is not { } code)
        {
            return;
        }

        if (!codes.Contains(code))
        {
            run.Findings.Error(OperationOutcome.IssueType.CodeInvalid, path.Append(".code"), $"Unknown code '{code}' in the code system '{system}'.");
            return;
        }

        if (coding.Display is { } display && codes.DisplayOf(code) is { } expected
            && !string.Equals(display.Trim(), expected.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            run.Findings.Warning(OperationOutcome.IssueType.Value, path.Append(".display"),
                $"Wrong display '{display}' for {system}#{code}: the code system says '{expected}'.");
        }
    }

    private void CheckSystemIsCodeSystem(string system, ElementPath path, ValidationRun run)
    {
        var type = catalog.ResourceTypeOf(system);
        if (type == "ValueSet")
        {
            run.Findings.Error(OperationOutcome.IssueType.CodeInvalid, path.Append(".system"),
                $"Coding.system '{system}' is a value set, not a code system: use the system of the code itself.");
        }
        else if (type is null && system.StartsWith(FhirNamespace, StringComparison.Ordinal)
            && !system.StartsWith(FhirNamespace + "sid/", StringComparison.Ordinal))
        {
            // http://hl7.org/fhir/sid/... names external systems (ICD, NDC...); everything else under the namespace
            // is a FHIR code system, and the core package holds them all.
            run.Findings.Error(OperationOutcome.IssueType.CodeInvalid, path.Append(".system"),
                $"Unknown code system '{system}': FHIR defines no code system with this URI.");
        }
    }
}
