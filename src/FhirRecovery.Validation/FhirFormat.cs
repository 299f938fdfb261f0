namespace FhirRecovery.Validation;

/// <summary>The two wire formats the gateway and the CLI read and write.</summary>
public enum FhirFormat
{
    Json,
    Xml,
}
