namespace FhirRecovery.Gateway.Auth;

/// <summary>Names of the authentication schemes and authorisation policies.</summary>
internal static class AuthSchemes
{
    /// <summary>The default scheme: forwards each request to the scheme of its token's issuer.</summary>
    public const string ByIssuer = "FhirRecovery";

    public const string EntraId = "EntraId";

    public const string Development = "DevelopmentIssuer";

    /// <summary>Used when no authority is configured: it accepts nothing, so every protected request is a 401.</summary>
    public const string NoAuthority = "NoAuthority";

    public static string ForAuthority(string name) => "jwt:" + name;
}
