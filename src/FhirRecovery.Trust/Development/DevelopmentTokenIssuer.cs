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

    public string Mint(string ods, IEnumerable<string> scopes, TimeSpan lifetime)
    {
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = key.Credentials,
            Subject = new ClaimsIdentity(
            [
                new Claim("sub", $"system:{ods}"),
                new Claim("client_id", $"dev-{ods}"),
                new Claim(organisationClaim, ods),
                new Claim("scope", string.Join(' ', scopes)),
                new Claim("jti", Guid.NewGuid().ToString("N")),
            ]),
        };

        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
