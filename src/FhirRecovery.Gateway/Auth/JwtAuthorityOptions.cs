namespace FhirRecovery.Gateway.Auth;

/// <summary>One token authority: its issuer and audience, and where its signing keys come from — discovery
/// (<see cref="Authority"/> or <see cref="MetadataAddress"/>) or, offline, a JWKS or PEM public key file.</summary>
internal sealed class JwtAuthorityOptions
{
    /// <summary>A short name, used as the authentication scheme name ("jwt:" + Name).</summary>
    public string Name { get; set; } = string.Empty;

    public string Issuer { get; set; } = string.Empty;

    public string Audience { get; set; } = string.Empty;

    /// <summary>OIDC authority; its /.well-known/openid-configuration gives the keys.</summary>
    public string? Authority { get; set; }

    /// <summary>Explicit metadata document address, when it is not under the authority.</summary>
    public string? MetadataAddress { get; set; }

    /// <summary>A JWKS (.json) or PEM public key file, for deployments without discovery.</summary>
    public string? SigningKeyFile { get; set; }

    /// <summary>Discovery over HTTPS only (the default). May be false only for an authority on a loopback address (a
    /// test or side-car authority on the same machine): the options validator refuses it for any other host.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
}
