using System.Collections.Frozen;
using FhirRecovery.Validation.Checks;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Compilation;

/// <summary>For elements of type Reference: the reference's format, and its target's type and profile when the
/// target can be found locally (contained, or in the same Bundle).</summary>
internal sealed class ReferenceBuilder : IElementCheckBuilder
{
    private const string CoreBase = "http://hl7.org/fhir/StructureDefinition/";

    public void Build(ElementContext context, List<IElementCheck> checks)
    {
        var referenceTypes = context.Element.Type.Where(t => t.Code == "Reference").ToList();
        if (referenceTypes.Count == 0)
        {
            return;
        }

        var targets = referenceTypes.SelectMany(t => t.TargetProfile).OfType<string>().ToList();
        var targetTypes = new HashSet<string>(StringComparer.Ordinal);
        var targetProfiles = new List<string>();
        foreach (var target in targets)
        {
            if (target.StartsWith(CoreBase, StringComparison.Ordinal) && !target[CoreBase.Length..].Contains('/', StringComparison.Ordinal)
                && context.Catalog.Resolve(target) is StructureDefinition { Derivation: not StructureDefinition.TypeDerivationRule.Constraint } core)
            {
                targetTypes.Add(core.Type ?? target[CoreBase.Length..]);
            }
            else if (context.Catalog.Resolve(target) is StructureDefinition { Type: { } type })
            {
                targetTypes.Add(type);
                targetProfiles.Add(target);
            }
        }

        // No target listed, or "Resource": any resource type may be the target.
        var anyType = targets.Count == 0 || targetTypes.Contains("Resource") || targetTypes.Count == 0;
        checks.Add(new ReferenceCheck(context.Element.Path ?? "", anyType ? FrozenSet<string>.Empty : targetTypes.ToFrozenSet(StringComparer.Ordinal),
            targetProfiles.Count == 0 || targetProfiles.Count != targets.Count ? [] : targetProfiles.ToArray()));
    }
}
