using FhirRecovery.Validation.Compilation;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>
/// An extension is resolved by its URL and validated against its definition (value types, nested
/// extensions, invariants), and its context must allow the element it sits on. What an unknown extension is
/// depends on <see cref="UnresolvedDefinitionRules"/>: for the gateway a warning (receivers may ignore it), or an
/// error for a modifierExtension (it may change the meaning of what it sits on); for the reference rules a
/// warning on example URLs and an error elsewhere. Only a complex extension's own sub-extensions have relative
/// URLs, and only those its definition names (<paramref name="subExtensionUrls"/>, when this element is the
/// sub-extension list of a complex extension's definition).
/// </summary>
internal sealed class ExtensionCheck(string hostPath, bool hostIsDataType, bool isModifier, IReadOnlySet<string>? subExtensionUrls = null,
    string? parentExtensionUrl = null) : IElementCheck
{
    private readonly ExtensionHost _host = new(hostPath, hostIsDataType, parentExtensionUrl);

    private static readonly string[] ExampleDomains = ["example.org", "example.com", "acme.com", "nema.org"];

    public void Check(Base value, ElementPath path, ValidationRun run)
    {
        if (value is not Extension { Url: { } url })
        {
            return;
        }

        if (!url.Contains(':', StringComparison.Ordinal))
        {
            CheckRelativeUrl(url, path, run);
            return;
        }

        if (!run.Structures.IsKnown(url))
        {
            ReportUnknown(url, path, run);
            return;
        }

        CompiledStructure structure;
        try
        {
            structure = run.Structures.Get(url);
        }
        catch (Exception e) when (e is Specification.FhirPackageException or InvalidOperationException)
        {
            run.Findings.Warning(OperationOutcome.IssueType.Extension, path, $"Extension '{url}' could not be compiled: {e.Message}");
            return;
        }

        if (structure.Type != "Extension")
        {
            run.Findings.Error(OperationOutcome.IssueType.Extension, path, $"'{url}' is a {structure.Type} definition, not an extension.");
            return;
        }

        if (structure.IsModifierExtension != isModifier)
        {
            run.Findings.Error(OperationOutcome.IssueType.Structure, path, structure.IsModifierExtension
                ? $"Extension '{url}' is a modifier extension: it must be sent in modifierExtension, not extension."
                : $"Extension '{url}' is not a modifier extension: it must be sent in extension, not modifierExtension.");
        }

        if (!ExtensionContextMatcher.Allows(structure, (Extension)value, _host, path, run))
        {
            run.Findings.Error(OperationOutcome.IssueType.Extension, path,
                $"Extension '{url}' may not be used on {hostPath} (allowed: {string.Join(", ", structure.ExtensionContexts)}).");
        }
        else if (ExtensionContextMatcher.FailedInvariant(structure, path, run) is { } invariant)
        {
            run.Findings.Error(OperationOutcome.IssueType.Extension, path,
                $"Extension '{url}' may not be used here: its context invariant '{invariant}' is not met.");
        }

        InstanceWalker.WalkAgainst(value, structure, path, run);
    }

    private void CheckRelativeUrl(string url, ElementPath path, ValidationRun run)
    {
        if (hostPath != "Extension")
        {
            run.Findings.Error(OperationOutcome.IssueType.Structure, path,
                $"Extension url '{url}' must be an absolute URL: only the sub-extensions of a complex extension have relative names.");
        }
        else if (subExtensionUrls is not null && !subExtensionUrls.Contains(url))
        {
            run.Findings.Error(OperationOutcome.IssueType.Structure, path,
                $"Sub-extension '{url}' is not defined by this extension (it defines: {string.Join(", ", subExtensionUrls.Order(StringComparer.Ordinal))}).");
        }
    }

    private void ReportUnknown(string url, ElementPath path, ValidationRun run)
    {
        if (run.Rules == UnresolvedDefinitionRules.ReferenceValidator)
        {
            if (IsExampleUrl(url))
            {
                run.Findings.Warning(OperationOutcome.IssueType.Extension, path, $"Unknown extension '{url}' (an example URL); it was not validated.");
            }
            else
            {
                run.Findings.Error(OperationOutcome.IssueType.Extension, path, $"The extension '{url}' is unknown, and not allowed here.");
            }
        }
        else if (isModifier)
        {
            run.Findings.Error(OperationOutcome.IssueType.Extension, path,
                $"Unknown modifier extension '{url}': a modifier extension changes the meaning of {hostPath} and cannot be ignored.");
        }
        else
        {
            run.Findings.Warning(OperationOutcome.IssueType.Extension, path, $"Unknown extension '{url}'; it was not validated.");
        }
    }

    private static bool IsExampleUrl(string url)
    {
        foreach (var domain in ExampleDomains)
        {
            if (url.Contains(domain, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
