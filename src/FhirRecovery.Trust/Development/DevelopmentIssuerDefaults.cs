namespace FhirRecovery.Trust.Development;

/// <summary>Where the gateway (Development environment only) and <c>fhir-recovery token</c> meet.</summary>
public static class DevelopmentIssuerDefaults
{
    public const string Issuer = "https://localhost/fhir-recovery/dev-issuer";

    public const string Audience = "fhir-recovery";

    public const string OrganisationClaim = "ods";

    /// <summary>Per user, outside any repository: ~/.local/share/fhir-recovery/dev-signing-key.pem on Linux.</summary>
    public static string SigningKeyPath { get; } = Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "fhir-recovery",
        "dev-signing-key.pem");
}
