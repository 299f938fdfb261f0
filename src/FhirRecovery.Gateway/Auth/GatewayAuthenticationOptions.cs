namespace FhirRecovery.Gateway.Auth;

/// <summary>Who may sign tokens the gateway accepts. Bound from "FhirRecovery:Authentication".</summary>
internal sealed class GatewayAuthenticationOptions
{
    public const string SectionName = "FhirRecovery:Authentication";

    /// <summary>The claim that names the sending organisation (its ODS code), matched to the routing directory.</summary>
    public string OrganisationClaim { get; set; } = "ods";

    /// <summary>The claim (or claims) that carry roles; an operator needs the <see cref="OperatorRole"/> role.</summary>
    public string RoleClaim { get; set; } = "roles";

    public string OperatorRole { get; set; } = "operator";

    /// <summary>Tolerated clock difference between the gateway and the authorities.</summary>
    public int ClockSkewSeconds { get; set; } = 60;

    /// <summary>Plain OIDC / JWT authorities, e.g. an NHS-style signed-JWT authorisation server.</summary>
    public List<JwtAuthorityOptions> Authorities { get; set; } = [];

    /// <summary>The Development-only issuer of the embedded default; refused in every other environment.</summary>
    public DevelopmentIssuerOptions DevelopmentIssuer { get; set; } = new();
}
