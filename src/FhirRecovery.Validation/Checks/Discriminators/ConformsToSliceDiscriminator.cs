using FhirRecovery.Validation.Compilation;
using FhirRecovery.Validation.Outcome;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks.Discriminators;

/// <summary>Fallback when a discriminator cannot be compiled into a direct test: the item belongs to the slice
/// when validating it against the slice gives no error.</summary>
internal sealed class ConformsToSliceDiscriminator(ElementNode slice, CompiledStructure? owner) : IDiscriminator
{
    public bool Matches(Base item, ValidationRun run)
    {
        var probe = new ValidationRun(run.Structures, new FindingList()) { Scope = run.Scope, ResourceDepth = run.ResourceDepth + 1 };
        InstanceWalker.WalkSlice(item, slice, owner, ElementPath.Root(item.TypeName), probe);
        return !probe.Findings.HasErrors;
    }
}
