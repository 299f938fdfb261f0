namespace FhirRecovery.Validation.Checks;

/// <summary>What kind of JSON value a primitive type holds.</summary>
internal enum PrimitiveValueKind
{
    Text,
    Boolean,
    Integer,
    PositiveInteger,
    UnsignedInteger,
    Decimal,
}
