namespace FhirRecovery.Gateway.Auth;

/// <summary>Picks the scheme that checks a request's token, by the token's unverified "iss" (the chosen scheme then
/// verifies issuer, audience, lifetime and signature). Unknown issuers go to the fallback scheme, which refuses them.</summary>
internal sealed class IssuerSchemeSelector(IReadOnlyDictionary<string, string> schemesByIssuer, string? entraScheme, string fallbackScheme)
{
    private static readonly string[] s_entraHosts = ["https://login.microsoftonline.com/", "https://sts.windows.net/"];

    public string Select(HttpContext context)
    {
        var (issuer, _) = UnverifiedToken.Read(context.Request.Headers.Authorization.ToString(), "iss");
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
}
