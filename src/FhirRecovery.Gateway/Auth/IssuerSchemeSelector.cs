using Microsoft.IdentityModel.JsonWebTokens;

namespace FhirRecovery.Gateway.Auth;

/// <summary>Picks the scheme that checks a request's token, by the token's unverified "iss" (the chosen scheme then
/// verifies issuer, audience, lifetime and signature). Unknown issuers go to the fallback scheme, which refuses them.</summary>
internal sealed class IssuerSchemeSelector(IReadOnlyDictionary<string, string> schemesByIssuer, string? entraScheme, string fallbackScheme)
{
    private static readonly string[] s_entraHosts = ["https://login.microsoftonline.com/", "https://sts.windows.net/"];

    public string Select(HttpContext context)
    {
        var issuer = ReadIssuer(context.Request.Headers.Authorization.ToString());
        if (issuer is null)
        {
            return fallbackScheme;
        }

        if (schemesByIssuer.TryGetValue(issuer, out var scheme))
        {
            return scheme;
        }

        return entraScheme is not null && s_entraHosts.Any(h => issuer.StartsWith(h, StringComparison.OrdinalIgnoreCase))
            ? entraScheme
            : fallbackScheme;
    }

    private static string? ReadIssuer(string authorization)
    {
        const string prefix = "Bearer ";
        if (!authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || authorization.Length > 16 * 1024)
        {
            return null;
        }

        var handler = new JsonWebTokenHandler();
        var token = authorization[prefix.Length..].Trim();
        if (!handler.CanReadToken(token))
        {
            return null;
        }

#pragma warning disable CA1031 // A token that cannot be read is simply not routed to a specific authority.
        try
        {
            return handler.ReadJsonWebToken(token).Issuer;
        }
        catch (Exception)
        {
            return null;
        }
#pragma warning restore CA1031
    }
}
