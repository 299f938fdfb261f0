using FhirRecovery.Specification.Terminology;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>
/// A coded value is in the bound value set: required → error, extensible → warning. A value set that cannot
/// be expanded locally (SNOMED CT, LOINC, an unknown value set) gives information, never a false error. A
/// bare `code` has no system in the instance, so its system is inferred from the value set.
/// </summary>
internal sealed class BindingCheck(string elementPath, string valueSet, bool required, LocalTerminology terminology) : IElementCheck
{
    private readonly Lazy<ValueSetExpansion?> _expansion = new(() => terminology.Expand(valueSet));

    public void Check(Base value, ElementPath path, ValidationRun run)
    {
        switch (value)
        {
            case Code { Value: { } code }:
                if (!IsKnownIn(null, code))
                {
                    Verdict(path, run, [(null, code)]);
                }

                break;
            case PrimitiveType { JsonValue: string code } when value.TypeName == "code":
                if (!IsKnownIn(null, code))
                {
                    Verdict(path, run, [(null, code)]);
                }

                break;
            case Coding coding when coding.Code is not null:
                if (!IsKnownIn(coding.System, coding.Code))
                {
                    Verdict(path, run, [(coding.System, coding.Code)]);
                }

                break;
            case CodeableConcept concept:
                // The common case (a code in the value set) is decided without building the list of codings.
                foreach (var coding in concept.Coding)
                {
                    if (coding.Code is { } conceptCode && IsKnownIn(coding.System, conceptCode))
                    {
                        return;
                    }
                }

                var codings = concept.Coding.Where(c => c.Code is not null).Select(c => (c.System, c.Code!)).ToList();
                if (codings.Count == 0)
                {
                    if (required)
                    {
                        run.Findings.Error(OperationOutcome.IssueType.CodeInvalid, path,
                            $"{elementPath} has no code, but a code from {valueSet} is required.");
                    }

                    return;
                }

                Verdict(path, run, codings);
                break;
        }
    }

    /// <summary>True when the value set is expanded locally and holds the code; false sends it to the verdict.</summary>
    private bool IsKnownIn(string? system, string code) =>
        _expansion.Value is { } expansion && (system is null ? expansion.SystemsOf(code).Count > 0 : expansion.Contains(system, code));

    private void Verdict(ElementPath path, ValidationRun run, List<(string? System, string Code)> codes)
    {
        var expansion = _expansion.Value;
        if (expansion is null)
        {
            run.Findings.Information(OperationOutcome.IssueType.NotSupported, path,
                $"The value set {valueSet} bound to {elementPath} is not available locally; the code was not checked.");
            return;
        }

        foreach (var (system, code) in codes)
        {
            if (system is null ? expansion.SystemsOf(code).Count > 0 : expansion.Contains(system, code))
            {
                return;
            }
        }

        var shown = string.Join(", ", codes.Select(c => c.System is null ? $"'{c.Code}'" : $"'{c.System}|{c.Code}'"));
        if (!expansion.IsComplete)
        {
            run.Findings.Information(OperationOutcome.IssueType.NotSupported, path,
                $"{shown} could not be checked against {valueSet} ({elementPath}): {expansion.IncompleteReason}.");
        }
        else if (required)
        {
            run.Findings.Error(OperationOutcome.IssueType.CodeInvalid, path,
                $"{shown} is not in the value set {valueSet}, which {elementPath} requires.");
        }
        else
        {
            run.Findings.Warning(OperationOutcome.IssueType.CodeInvalid, path,
                $"{shown} is not in the value set {valueSet} of the extensible binding on {elementPath}; use a code from it when one fits.");
        }
    }
}
