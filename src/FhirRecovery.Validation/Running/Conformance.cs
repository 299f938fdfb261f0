using FhirRecovery.Validation.Outcome;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Running;

/// <summary>Does a value (resource or data type) conform to a profile? Findings of the probe are not reported.</summary>
internal static class Conformance
{
    public static bool Conforms(Base value, string profile, ValidationRun run)
    {
        if (value is Resource resource)
        {
            return ResourceValidator.Conforms(resource, profile, run);
        }

        if (!run.Structures.IsKnown(profile) || run.ResourceDepth > 8)
        {
            return false;
        }

        var probe = new ValidationRun(run.Structures, new FindingList()) { Scope = run.Scope, ResourceDepth = run.ResourceDepth + 1 };
        try
        {
            InstanceWalker.WalkAgainst(value, run.Structures.Get(profile), ElementPath.Root(value.TypeName), probe);
        }
        catch (Exception e) when (e is Specification.FhirPackageException or InvalidOperationException)
        {
            return false;
        }

        return !probe.Findings.HasErrors;
    }
}
