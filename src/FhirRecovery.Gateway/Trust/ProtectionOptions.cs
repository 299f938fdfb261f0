namespace FhirRecovery.Gateway.Trust;

/// <summary>Protection against hostile or runaway clients. Bound from "FhirRecovery:Protection".</summary>
internal sealed class ProtectionOptions
{
    public const string SectionName = "FhirRecovery:Protection";

    /// <summary>Requests each client (its organisation, or its IP address before authentication) may make per window.</summary>
    public int PermitsPerWindow { get; set; } = 600;

    public int WindowSeconds { get; set; } = 60;

    /// <summary>A request that runs longer is cancelled and answered 503 with an OperationOutcome.</summary>
    public int RequestTimeoutSeconds { get; set; } = 60;

    /// <summary>Most JSON values (or XML elements and attributes) one body may hold.</summary>
    public int MaxElementCount { get; set; } = 200_000;

    /// <summary>Longest single string (JSON string, XML text or attribute value) in characters, e.g. an attachment's data.</summary>
    public int MaxStringLength { get; set; } = 1_048_576;
}
