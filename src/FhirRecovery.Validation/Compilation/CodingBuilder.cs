using FhirRecovery.Validation.Checks;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Compilation;

/// <summary>On the root of the Coding data type (so for every Coding in every instance): codes are checked
/// against code systems held completely in the packages. Coding and Identifier systems must be absolute. On Meta:
/// no security label twice; on Attachment: size agrees with data; on Quantity: a UCUM code is valid UCUM.</summary>
internal sealed class CodingBuilder : IElementCheckBuilder
{
    public void Build(ElementContext context, List<IElementCheck> checks)
    {
        if (context.IsRoot && context.Structure.Type is "Coding" or "Identifier" && context.Structure.Derivation != StructureDefinition.TypeDerivationRule.Constraint)
        {
            checks.Add(new AbsoluteSystemCheck());
        }

        if (context.IsRoot && context.Structure.Type == "Meta" && context.Structure.Derivation != StructureDefinition.TypeDerivationRule.Constraint)
        {
            checks.Add(new SecurityLabelCheck());
        }

        if (context.IsRoot && context.Structure.Type == "Attachment" && context.Structure.Derivation != StructureDefinition.TypeDerivationRule.Constraint)
        {
            checks.Add(new AttachmentSizeCheck());
        }

        if (context.IsRoot && context.Structure.Type is "Quantity" or "Age" or "Count" or "Distance" or "Duration" or "MoneyQuantity" or "SimpleQuantity")
        {
            checks.Add(new UcumCodeCheck());
        }

        if (context.IsRoot && context.Structure.Type == "Coding" && context.Structure.Derivation != StructureDefinition.TypeDerivationRule.Constraint)
        {
            checks.Add(new CodingCheck(context.Catalog.Terminology, context.Catalog));
        }
    }
}
