using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>A resource held by an element restricted to some resource types must be of one of them (Java: "The type
/// 'Patient' is not valid - must be DocumentManifest").</summary>
internal sealed class ResourceTypeCheck(string elementId, IReadOnlyList<string> allowed) : IElementCheck
{
    public void Check(Base value, ElementPath path, ValidationRun run)
    {
        if (value is Resource resource && !allowed.Contains(resource.TypeName))
        {
            run.Findings.Error(OperationOutcome.IssueType.Structure, path,
                $"The type '{resource.TypeName}' is not valid here ({elementId}) - must be {string.Join(" or ", allowed)}.");
        }
    }
}
