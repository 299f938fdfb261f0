using FhirRecovery.Validation.Compilation;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>
/// An extension is resolved by its URL and validated against its definition (value types, nested
/// extensions, invariants), and its context must allow the element it sits on. An unknown extension is a
/// warning (receivers may ignore it); an unknown modifierExtension is an error (it may change the meaning
/// of what it sits on, so nobody may ignore it).
/// </summary>
internal sealed class ExtensionCheck(string hostPath, bool hostIsDataType, bool isModifier) : IElementCheck
{
    public void Check(Base value, string expression, ValidationRun run)
    {
        // Nested extensions of a complex extension have relative names ("y"), defined by their parent's definition.
        if (value is not Extension { Url: { } url } || !url.Contains(':', StringComparison.Ordinal))
        {
            return;
        }

        if (!run.Structures.IsKnown(url))
        {
            if (isModifier)
            {
                run.Findings.Error(OperationOutcome.IssueType.Extension, expression,
                    $"Unknown modifier extension '{url}': a modifier extension changes the meaning of {hostPath} and cannot be ignored.");
            }
            else
            {
                run.Findings.Warning(OperationOutcome.IssueType.Extension, expression, $"Unknown extension '{url}'; it was not validated.");
            }

            return;
        }

        CompiledStructure structure;
        try
        {
            structure = run.Structures.Get(url);
        }
        catch (Exception e) when (e is Specification.FhirPackageException or InvalidOperationException)
        {
            run.Findings.Warning(OperationOutcome.IssueType.Extension, expression, $"Extension '{url}' could not be compiled: {e.Message}");
            return;
        }

        if (structure.Type != "Extension")
        {
            run.Findings.Error(OperationOutcome.IssueType.Extension, expression, $"'{url}' is a {structure.Type} definition, not an extension.");
            return;
        }

        if (structure.IsModifierExtension != isModifier)
        {
            run.Findings.Error(OperationOutcome.IssueType.Structure, expression, structure.IsModifierExtension
                ? $"Extension '{url}' is a modifier extension: it must be sent in modifierExtension, not extension."
                : $"Extension '{url}' is not a modifier extension: it must be sent in extension, not modifierExtension.");
        }

        if (!ContextAllows(structure))
        {
            run.Findings.Error(OperationOutcome.IssueType.Extension, expression,
                $"Extension '{url}' may not be used on {hostPath} (allowed: {string.Join(", ", structure.ExtensionContexts)}).");
        }

        InstanceWalker.WalkAgainst(value, structure, expression, run);
    }

    private bool ContextAllows(CompiledStructure structure)
    {
        var contexts = structure.ExtensionContexts;
        if (contexts.Count == 0)
        {
            return true;
        }

        foreach (var context in contexts)
        {
            if (context is "Element" or "Resource" or "DomainResource" || context == hostPath
                || context == hostPath + ".extension" || context.EndsWith("." + hostPath, StringComparison.Ordinal))
            {
                return true;
            }

            // On a data type (HumanName, date...) we do not know which resource path holds it, so a context naming a
            // resource path ("Patient.name") or a FHIRPath expression cannot be ruled out: never a false error.
            if (hostIsDataType && (context.Contains('.', StringComparison.Ordinal) || context.Contains('(', StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
