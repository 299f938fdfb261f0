using FhirRecovery.Validation.Checks;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Compilation;

/// <summary>Required and extensible bindings on coded elements. Preferred and example bindings check nothing.</summary>
internal sealed class BindingBuilder : IElementCheckBuilder
{
    private static readonly HashSet<string> CodedTypes = ["code", "Coding", "CodeableConcept"];

    public void Build(ElementContext context, List<IElementCheck> checks)
    {
        var binding = context.Element.Binding;
        if (binding?.ValueSet is not { } valueSet || binding.Strength is not (BindingStrength.Required or BindingStrength.Extensible)
            || !context.Element.Type.Any(t => t.Code is { } code && CodedTypes.Contains(code)))
        {
            return;
        }

        // The message names the element that defines the binding (base.path), not the path the snapshot unrolled
        // it to (Consent.provision.provision.actor.role through a contentReference): the base type's walk and a
        // profile's walk check the same rule, and must say it in the same words to be reported once.
        var definedOn = context.Element.Base?.Path ?? context.Element.Path ?? "";
        checks.Add(new BindingCheck(definedOn, valueSet, binding.Strength == BindingStrength.Required, context.Catalog.Terminology));
    }
}
