using FhirRecovery.Validation.Checks;

namespace FhirRecovery.Validation.Compilation;

/// <summary>Elements whose type names a profile (SimpleQuantity on Range.low, a profiled resource in a Bundle
/// entry slice): the value must conform to it. Extensions are resolved by their own URL (ExtensionCheck) and
/// references by their target (ReferenceCheck), so those are left to them.</summary>
internal sealed class TypeProfileBuilder : IElementCheckBuilder
{
    private const string CoreBase = "http://hl7.org/fhir/StructureDefinition/";

    public void Build(ElementContext context, List<IElementCheck> checks)
    {
        var profiled = context.Element.Type
            .Where(t => t.Code is { } code && code != "Extension" && code != "Reference" && t.Profile.Any())
            .Select(t => (Type: t.Code!, Profiles: t.Profile.OfType<string>().Where(p => p != CoreBase + t.Code).ToArray()))
            .Where(t => t.Profiles.Length > 0)
            .ToDictionary(t => t.Type, t => (IReadOnlyList<string>)t.Profiles, StringComparer.Ordinal);
        if (profiled.Count > 0)
        {
            checks.Add(new TypeProfileCheck(context.Element.ElementId ?? context.Element.Path ?? "", profiled));
        }
    }
}
