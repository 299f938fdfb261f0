using FhirRecovery.Validation.Checks;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Compilation;

/// <summary>Bundle rules that need the whole Bundle (resolved by dictionary) rather than one FHIRPath per entry:
/// message focus, fullUrl rules, and (for documents) every entry reachable from the Composition. Compiled on the root
/// of the base Bundle definition only; each check returns at once for the Bundle types it does not concern.</summary>
internal sealed class BundleRulesBuilder : IElementCheckBuilder
{
    public void Build(ElementContext context, List<IElementCheck> checks)
    {
        if (context.IsRoot && context.Structure.Type == "Bundle" && context.Structure.Derivation != StructureDefinition.TypeDerivationRule.Constraint)
        {
            checks.Add(new MessageFocusCheck());
            checks.Add(new BundleEntryUrlCheck());
            checks.Add(new DocumentReachabilityCheck());
        }
    }
}
