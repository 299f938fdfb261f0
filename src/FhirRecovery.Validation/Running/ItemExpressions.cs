using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Running;

/// <summary>
/// The FHIRPath expression of each item of one run, built once. A resource with profiles is walked against its
/// base type, each profile and the slices of its items: every walk reaches the same items, and without this each
/// would build the same "Observation.component[12].valueQuantity" again. Keyed by reference.
/// </summary>
internal sealed class ItemExpressions
{
    private readonly Dictionary<Base, string> _byItem = new(ReferenceEqualityComparer.Instance);

    public string Of(Base item, string parentExpression, string name, int? index)
    {
        if (!_byItem.TryGetValue(item, out var expression))
        {
            expression = Build(parentExpression, name, index);
            _byItem.Add(item, expression);
        }

        return expression;
    }

    public static string Build(string parentExpression, string name, int? index) =>
        index is { } i ? $"{parentExpression}.{name}[{i}]" : string.Concat(parentExpression, ".", name);
}
