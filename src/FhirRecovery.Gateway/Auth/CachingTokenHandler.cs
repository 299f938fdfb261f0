using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

namespace FhirRecovery.Gateway.Auth;

/// <summary>
/// Wraps one bearer scheme's token handler so that a token is checked in full (signature, issuer, audience, lifetime)
/// once, not on every request: a sender reuses its token for many requests, and the RSA signature check was the
/// largest per-request cost of authentication. Only valid tokens are remembered, keyed by the SHA-256 of the token,
/// and only until the token's own expiry (the inner handler allows the clock skew beyond it; the cache never does), so
/// the cache never accepts what the inner handler would refuse. Each scheme has its own wrapper, hence its own cache:
/// a token accepted by one authority is never taken as checked by another. The cache is bounded; when full it forgets
/// expired tokens, and if still full, everything (the next request of each sender is then checked in full again).
/// </summary>
internal sealed class CachingTokenHandler(TokenHandler inner, TimeProvider time, int capacity) : TokenHandler
{
    private readonly ConcurrentDictionary<TokenHash, ValidatedToken> _valid = new();

    public int Count => _valid.Count;

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        if (string.IsNullOrEmpty(token) || token.Length > TokenHash.MaxTokenLength)
        {
            return await inner.ValidateTokenAsync(token, validationParameters);
        }

        var hash = TokenHash.Of(token);
        var now = time.GetUtcNow().UtcDateTime;
        if (_valid.TryGetValue(hash, out var known))
        {
            if (known.ExpiresUtc > now)
            {
                return known.ToResult();
            }

            _valid.TryRemove(new KeyValuePair<TokenHash, ValidatedToken>(hash, known));
        }

        var result = await inner.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken is { } securityToken && securityToken.ValidTo > now && result.ClaimsIdentity is { } identity)
        {
            MakeRoom(now);
            _valid[hash] = new ValidatedToken(securityToken.ValidTo, securityToken, identity.Clone(), result.Issuer, result.TokenType);
        }

        return result;
    }

    public override Task<TokenValidationResult> ValidateTokenAsync(SecurityToken token, TokenValidationParameters validationParameters) =>
        inner.ValidateTokenAsync(token, validationParameters);

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    private void MakeRoom(DateTime now)
    {
        if (_valid.Count < capacity)
        {
            return;
        }

        foreach (var entry in _valid.Where(e => e.Value.ExpiresUtc <= now))
        {
            _valid.TryRemove(entry);
        }

        if (_valid.Count >= capacity)
        {
            _valid.Clear();
        }
    }

    /// <summary>What the request needs from a validation; each request gets its own copy of the identity, so that
    /// nothing one request does to its principal is seen by another.</summary>
    private sealed record ValidatedToken(DateTime ExpiresUtc, SecurityToken Token, ClaimsIdentity Identity, string Issuer, string TokenType)
    {
        public TokenValidationResult ToResult() => new()
        {
            IsValid = true,
            SecurityToken = Token,
            ClaimsIdentity = Identity.Clone(),
            Issuer = Issuer,
            TokenType = TokenType,
        };
    }
}
