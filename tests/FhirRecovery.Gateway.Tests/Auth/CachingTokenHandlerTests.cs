using System.Security.Claims;
using System.Security.Cryptography;
using FhirRecovery.Gateway.Auth;
using FhirRecovery.Gateway.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FhirRecovery.Gateway.Tests.Auth;

/// <summary>The token cache in front of the real JSON web token handler: a token is checked in full once, never
/// trusted past its expiry, and a refused token is never remembered.</summary>
public sealed class CachingTokenHandlerTests : IDisposable
{
    private const string Issuer = "https://issuer.test/";
    private const string Audience = "https://gateway.test/fhir";

    private readonly RSA _key = RSA.Create(2048);
    private readonly RSA _otherKey = RSA.Create(2048);
    private readonly CountingHandler _inner = new();
    private readonly SettableClock _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task ValidateTokenAsync_SameTokenTwice_ChecksItInFullOnce()
    {
        var handler = new CachingTokenHandler(_inner, _clock, capacity: 100);
        var token = Mint(_key, TimeSpan.FromMinutes(30));

        var first = await handler.ValidateTokenAsync(token, Parameters());
        var second = await handler.ValidateTokenAsync(token, Parameters());

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Equal("FRD01", second.ClaimsIdentity.FindFirst("ods")?.Value);
        Assert.Equal(1, _inner.Calls);
    }

    [Fact]
    public async Task ValidateTokenAsync_AfterTheTokenExpires_ChecksItAgain()
    {
        var handler = new CachingTokenHandler(_inner, _clock, capacity: 100);
        var token = Mint(_key, TimeSpan.FromMinutes(5));
        Assert.True((await handler.ValidateTokenAsync(token, Parameters())).IsValid);

        _clock.Now = _clock.Now.AddMinutes(6);
        await handler.ValidateTokenAsync(token, Parameters());

        Assert.Equal(2, _inner.Calls);
    }

    [Fact]
    public async Task ValidateTokenAsync_TokenWithAnotherKeysSignature_IsRefusedEveryTime()
    {
        var handler = new CachingTokenHandler(_inner, _clock, capacity: 100);
        var forged = Mint(_otherKey, TimeSpan.FromMinutes(30));

        var first = await handler.ValidateTokenAsync(forged, Parameters());
        var second = await handler.ValidateTokenAsync(forged, Parameters());

        Assert.False(first.IsValid);
        Assert.False(second.IsValid);
        Assert.Equal(2, _inner.Calls);
    }

    [Fact]
    public async Task ValidateTokenAsync_CachedToken_GivesEachRequestItsOwnIdentity()
    {
        var handler = new CachingTokenHandler(_inner, _clock, capacity: 100);
        var token = Mint(_key, TimeSpan.FromMinutes(30));
        await handler.ValidateTokenAsync(token, Parameters());

        var one = await handler.ValidateTokenAsync(token, Parameters());
        one.ClaimsIdentity.AddClaim(new Claim("role", "operator"));
        var two = await handler.ValidateTokenAsync(token, Parameters());

        Assert.Null(two.ClaimsIdentity.FindFirst("role"));
    }

    [Fact]
    public async Task ValidateTokenAsync_MoreTokensThanCapacity_StaysBoundedAndStillValidates()
    {
        var handler = new CachingTokenHandler(_inner, _clock, capacity: 3);
        for (var i = 0; i < 10; i++)
        {
            Assert.True((await handler.ValidateTokenAsync(Mint(_key, TimeSpan.FromMinutes(30 + i)), Parameters())).IsValid);
        }

        Assert.InRange(handler.Count, 1, 3);
    }

    public void Dispose()
    {
        _key.Dispose();
        _otherKey.Dispose();
    }

    private string Mint(RSA key, TimeSpan lifetime)
    {
        var now = _clock.Now.UtcDateTime;
        return TestTokens.Mint(new SigningCredentials(new RsaSecurityKey(key), SecurityAlgorithms.RsaSha256), Issuer, Audience,
            now.AddMinutes(-1), now.Add(lifetime), new Dictionary<string, object> { ["ods"] = "FRD01" });
    }

    private TokenValidationParameters Parameters() => new()
    {
        ValidIssuer = Issuer,
        ValidAudience = Audience,
        IssuerSigningKey = new RsaSecurityKey(_key),
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        // The real handler reads the real clock; the test's clock moves only the cache's idea of time.
        ValidateLifetime = false,
    };

    private sealed class CountingHandler : JsonWebTokenHandler
    {
        public int Calls { get; private set; }

        public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
        {
            Calls++;
            return base.ValidateTokenAsync(token, validationParameters);
        }
    }

    private sealed class SettableClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
