namespace FhirRecovery.Trust.Permissions;

/// <summary>Who may read which resource types from which kind of service through the gateway.</summary>
public sealed record ReadRule
{
    public IReadOnlyList<string> FromOrganisations { get; init; } = [];

    public IReadOnlyList<string> FromServiceTypes { get; init; } = [];

    public IReadOnlyList<string> ResourceTypes { get; init; } = [];

    public IReadOnlyList<string> OwnerServiceTypes { get; init; } = [];

    /// <summary>When true, only for people whose registered GP practice (Patient.generalPractitioner) is the reader.</summary>
    public bool RegisteredPatientsOnly { get; init; }
}
