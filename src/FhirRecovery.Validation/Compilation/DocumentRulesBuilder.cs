using FhirRecovery.Validation.Checks;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Compilation;

/// <summary>Rules of document Bundles that need the whole Bundle: every entry reachable from the Composition.
/// Compiled on the root of the base Bundle definition only; the check returns at once for other Bundle types.</summary>
internal sealed class DocumentRulesBuilder : IElementCheckBuilder
{
    public void Build(ElementContext context, List<IElementCheck> checks)
    {
        if (context.IsRoot && context.Structure.Type == "Bundle" && context.Structure.Derivation != StructureDefinition.TypeDerivationRule.Constraint)
        {
            checks.Add(new DocumentReachabilityCheck());
        }
    }
}
