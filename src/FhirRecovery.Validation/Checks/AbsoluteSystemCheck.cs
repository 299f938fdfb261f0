using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>
/// Coding.system and Identifier.system name a code system or a namespace of identifiers for everyone, so they
/// are absolute URIs (the reference validator: "must be an absolute reference, not a local reference", an error).
/// A local name such as "marital" would mean something different to every receiver.
/// </summary>
internal sealed class AbsoluteSystemCheck : IElementCheck
{
    public void Check(Base value, ElementPath path, ValidationRun run)
    {
        var system = value switch
        {
            Coding coding => coding.System,
            Identifier identifier => identifier.System,
            _ => null,
        };
        // On Unix "/x" parses as an absolute file path; a system needs a scheme of its own (http:, urn:...).
        if (system is { Length: > 0 } && (!AbsoluteUris.IsAbsolute(system) || system.StartsWith('/')))
        {
            run.Findings.Error(OperationOutcome.IssueType.Invalid, path.Append(".system"),
                $"{value.TypeName}.system '{system}' must be an absolute URI, not a local reference.");
        }
    }
}
