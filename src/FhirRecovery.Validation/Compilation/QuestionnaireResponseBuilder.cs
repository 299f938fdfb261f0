using FhirRecovery.Validation.Checks.Questionnaires;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Compilation;

/// <summary>A QuestionnaireResponse is checked against its Questionnaire. Compiled on the root of the base
/// QuestionnaireResponse definition only, so it runs once per response and costs nothing on other resources.</summary>
internal sealed class QuestionnaireResponseBuilder : IElementCheckBuilder
{
    public void Build(ElementContext context, List<Checks.IElementCheck> checks)
    {
        if (context.IsRoot && context.Structure.Type == "QuestionnaireResponse"
            && context.Structure.Derivation != StructureDefinition.TypeDerivationRule.Constraint)
        {
            checks.Add(new QuestionnaireResponseCheck(context.Catalog));
        }
    }
}
