using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>The value conforms to the profile its element's type names. With one profile, the value is walked
/// against it and each problem is reported where it is; with several, it must conform to one of them.</summary>
internal sealed class TypeProfileCheck(string elementId, IReadOnlyDictionary<string, IReadOnlyList<string>> profilesByType) : IElementCheck
{
    public void Check(Base value, ElementPath path, ValidationRun run)
    {
        var type = value is Resource ? "Resource" : value.TypeName;
        if (!profilesByType.TryGetValue(type, out var profiles) && !(value is Resource && profilesByType.TryGetValue(value.TypeName, out profiles)))
        {
            return;
        }

        if (profiles.Count == 1 && value is not Resource && run.Structures.IsKnown(profiles[0]))
        {
            try
            {
                InstanceWalker.WalkAgainst(value, run.Structures.Get(profiles[0]), path, run);
            }
            catch (Exception e) when (e is Specification.FhirPackageException or InvalidOperationException)
            {
                run.Findings.Warning(OperationOutcome.IssueType.Exception, path, $"Profile '{profiles[0]}' of {elementId} could not be compiled: {e.Message}");
            }

            return;
        }

        if (!profiles.Any(profile => Conformance.Conforms(value, profile, run)))
        {
            run.Findings.Error(OperationOutcome.IssueType.Structure, path,
                $"{elementId} must conform to {(profiles.Count == 1 ? "the profile" : "one of the profiles")} {string.Join(", ", profiles)}.");
        }
    }
}
