namespace FhirRecovery.Validation.Reading;

/// <summary>What the JSON value of one property name is read into.</summary>
internal enum PocoMemberKind
{
    /// <summary>A FHIR primitive's value: <c>"birthDate": "1980-01-01"</c>.</summary>
    PrimitiveValue,

    /// <summary>A FHIR primitive's id and extensions, under the name with a leading underscore: <c>"_birthDate": {...}</c>.</summary>
    PrimitiveExtras,

    /// <summary>A complex datatype or backbone element: a JSON object of its own elements.</summary>
    Complex,

    /// <summary>A resource (contained, Bundle.entry.resource): a JSON object whose resourceType names its type.</summary>
    Resource,
}
