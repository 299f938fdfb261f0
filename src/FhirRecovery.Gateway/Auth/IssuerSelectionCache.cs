using System.Collections.Concurrent;

namespace FhirRecovery.Gateway.Auth;

/// <summary>
/// Remembers which scheme a bearer token was forwarded to, by the token's hash: choosing the scheme parses the token's
/// payload to read its issuer, which depends on the token alone, so it is done once per token instead of once per
/// request. Only the choice is remembered; the chosen scheme still authenticates every request. Bounded: when full it
/// starts again empty.
/// </summary>
internal sealed class IssuerSelectionCache(Func<HttpContext, string?> select, int capacity)
{
    private const string Bearer = "Bearer ";

    private readonly ConcurrentDictionary<TokenHash, string?> _schemes = new();

    public string? Select(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization;
        if (authorization.Count != 1 || authorization[0] is not { } header
            || header.Length <= Bearer.Length || header.Length > TokenHash.MaxTokenLength
            || !header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return select(context);
        }

        var hash = TokenHash.Of(header.AsSpan(Bearer.Length).Trim());
        if (_schemes.TryGetValue(hash, out var scheme))
        {
            return scheme;
        }

        scheme = select(context);
        if (_schemes.Count >= capacity)
        {
            _schemes.Clear();
        }

        _schemes[hash] = scheme;
        return scheme;
    }
}
