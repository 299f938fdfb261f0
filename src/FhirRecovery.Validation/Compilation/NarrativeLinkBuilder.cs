using FhirRecovery.Validation.Checks;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Compilation;

/// <summary>Narrative.div of the base Narrative definition: links and images must have URLs the reference validator
/// accepts. Compiled once, on that one element.</summary>
internal sealed class NarrativeLinkBuilder : IElementCheckBuilder
{
    public void Build(ElementContext context, List<IElementCheck> checks)
    {
        if (context.Element.Path == "Narrative.div" && context.Structure.Type == "Narrative"
            && context.Structure.Derivation != StructureDefinition.TypeDerivationRule.Constraint)
        {
            checks.Add(new NarrativeLinkCheck());
        }
    }
}
