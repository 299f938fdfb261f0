namespace FhirRecovery.Gateway.Auth;

/// <summary>Picks the scheme that checks a request's token, by the token's unverified "iss" (the chosen scheme then
/// verifies issuer, audience, lifetime and signature). Unknown issuers go to the fallback scheme, which refuses them.
/// Entra ID tokens are recognised by the public cloud's issuer hosts and by the configured Entra <c>Instance</c> (a
/// national cloud's, or a loopback test authority's).</summary>
internal sealed class IssuerSchemeSelector(IReadOnlyDictionary<string, string> schemesByIssuer, string? entraScheme, string fallbackScheme,
    string? entraInstance = null)
{
    private readonly string[] _entraHosts = [.. new[] { "https://login.microsoftonline.com/", "https://sts.windows.net/", entraInstance }
        .OfType<string>().Where(h => h.Length > 0).Select(h => h.TrimEnd('/') + "/")];

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

        return entraScheme is not null && _entraHosts.Any(h => issuer.StartsWith(h, StringComparison.OrdinalIgnoreCase))
            ? entraScheme
            : fallbackScheme;
    }
}
