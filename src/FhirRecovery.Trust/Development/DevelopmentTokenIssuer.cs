using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FhirRecovery.Trust.Development;

/// <summary>
/// Mints bearer tokens for the sample organisations of the embedded default, signed with the
/// development key, carrying the sender's ODS code and SMART system scopes. The gateway validates
/// them exactly like tokens from a real authority (issuer, audience, lifetime, signature).
/// </summary>
public sealed class DevelopmentTokenIssuer(DevelopmentSigningKey key, string issuer, string audience, string organisationClaim, TimeProvider timeProvider)
{
    public string Issuer { get; } = issuer;

    public string Audience { get; } = audience;

    /// <summary>A token for <paramref name="ods"/>; <paramref name="roles"/> (e.g. <c>operator</c>) go in the
    /// <c>roles</c> claim, the gateway's default role claim.</summary>
    public string Mint(string ods, IEnumerable<string> scopes, TimeSpan lifetime, IEnumerable<string>? roles = null)
    {
        var claims = new List<Claim>
        {
            new("sub", $"system:{ods}"),
            new("client_id", $"dev-{ods}"),
            new(organisationClaim, ods),
            new("scope", string.Join(' ', scopes)),
            new("jti", Guid.NewGuid().ToString("N")),
        };
        claims.AddRange((roles ?? []).Select(role => new Claim("roles", role)));
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = key.Credentials,
            Subject = new ClaimsIdentity(claims),
        };

        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
