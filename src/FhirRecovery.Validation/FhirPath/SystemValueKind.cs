namespace FhirRecovery.Validation.FhirPath;

/// <summary>What a <see cref="SystemValue"/> holds.</summary>
internal enum SystemValueKind
{
    Complex,
    String,
    Decimal,
    Boolean,
}
