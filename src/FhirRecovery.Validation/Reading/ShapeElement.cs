using Hl7.Fhir.Introspection;

namespace FhirRecovery.Validation.Reading;

/// <summary>What the JSON shape check needs to know of one JSON property name of a type: the element it names
/// (null when it names none), whether the name has exactly the right case, and the type its value is read as.</summary>
internal sealed record ShapeElement(string JsonName, PropertyMapping? Element, bool IsExactName, ClassMapping? Child)
{
    public bool IsCollection => Element?.IsCollection ?? false;

    /// <summary>Primitive elements may hold null in their arrays, to keep the value and '_' arrays aligned.</summary>
    public bool IsPrimitive { get; } = Element is not null && typeof(Hl7.Fhir.Model.PrimitiveType).IsAssignableFrom(Element.ImplementingType);

    /// <summary>The value is a resource (contained, Bundle.entry.resource): its type is its own resourceType.</summary>
    public bool HoldsResource { get; } = Element is not null && typeof(Hl7.Fhir.Model.Resource).IsAssignableFrom(Element.ImplementingType);

    /// <summary>The value is an object with elements of its own to check (not a primitive, not abstract).</summary>
    public bool HasObjectChildren => Child is { IsAbstract: not true, IsPrimitive: not true };
}
