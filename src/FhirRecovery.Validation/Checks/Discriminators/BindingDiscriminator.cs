using FhirRecovery.Specification.Terminology;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks.Discriminators;

/// <summary>A value discriminator on an element that the slice binds (required) to a value set instead of fixing it.</summary>
internal sealed class BindingDiscriminator(DiscriminatorPath path, string valueSet, LocalTerminology terminology) : IDiscriminator
{
    private readonly Lazy<ValueSetExpansion?> _expansion = new(() => terminology.Expand(valueSet));

    public bool Matches(Base item, ValidationRun run)
    {
        if (_expansion.Value is not { } expansion)
        {
            return false;
        }

        var values = path.Select(item, run);
        for (var v = 0; v < values.Count; v++)
        {
            var value = values[v];
            var codes = value switch
            {
                Coding c => [(c.System, c.Code)],
                CodeableConcept cc => cc.Coding.Select(c => (c.System, c.Code)).ToList(),
                PrimitiveType { JsonValue: string code } => [((string?)null, code)],
                _ => [],
            };
            if (codes.Any(c => c.Code is not null && (c.System is null ? expansion.SystemsOf(c.Code).Count > 0 : expansion.Contains(c.System, c.Code))))
            {
                return true;
            }
        }

        return false;
    }
}
