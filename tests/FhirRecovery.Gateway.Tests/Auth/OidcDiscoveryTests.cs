using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using FhirRecovery.Gateway.Tests.Infrastructure;
using Microsoft.IdentityModel.Tokens;

namespace FhirRecovery.Gateway.Tests.Auth;

/// <summary>An authority configured by discovery only (<c>Authority</c>, no key file): the gateway fetches
/// /.well-known/openid-configuration and the JWKS from a real loopback authority, and checks issuer, audience,
/// lifetime and signature against them.</summary>
public sealed class OidcDiscoveryTests(OidcDiscoveryTests.Testbed testbed) : IClassFixture<OidcDiscoveryTests.Testbed>
{
    private const string Audience = "https://gateway.test/oidc";

    private LoopbackAuthority Authority => testbed.Authority;

    [Fact]
    public async Task Request_ValidTokenOfDiscoveredAuthority_Is200AndTheKeysCameFromItsJwks()
    {
        var now = DateTime.UtcNow;

        using var response = await SendAsync(Mint(Authority.Credentials, Authority.Issuer, Audience, now, now.AddMinutes(10)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(Authority.KeyFetches > 0);
    }

    [Fact]
    public async Task Request_WrongAudience_Is401()
    {
        var now = DateTime.UtcNow;
        using var response = await SendAsync(Mint(Authority.Credentials, Authority.Issuer, "https://someone-else.test/", now, now.AddMinutes(10)));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Request_WrongIssuer_Is401()
    {
        var now = DateTime.UtcNow;
        using var response = await SendAsync(Mint(Authority.Credentials, Authority.Origin + "/elsewhere/", Audience, now, now.AddMinutes(10)));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Request_Expired_Is401()
    {
        var now = DateTime.UtcNow;
        using var response = await SendAsync(Mint(Authority.Credentials, Authority.Issuer, Audience, now.AddHours(-2), now.AddHours(-1)));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Request_SignedWithAKeyNotInTheJwks_Is401()
    {
        using var other = RSA.Create(2048);
        var credentials = new SigningCredentials(new RsaSecurityKey(other) { KeyId = "loopback-key-1" }, SecurityAlgorithms.RsaSha256);
        var now = DateTime.UtcNow;
        using var response = await SendAsync(Mint(credentials, Authority.Issuer, Audience, now, now.AddMinutes(10)));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static string Mint(SigningCredentials credentials, string issuer, string audience, DateTime notBefore, DateTime expires) =>
        TestTokens.Mint(credentials, issuer, audience, notBefore, expires, new Dictionary<string, object>
        {
            ["ods"] = TestTokens.DefaultOds,
            ["scope"] = "system/Consent.s",
            ["client_id"] = "loopback-client",
        });

    private async Task<HttpResponseMessage> SendAsync(string token)
    {
        using var client = testbed.Gateway.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync(new Uri("/Consent?patient=9991000003", UriKind.Relative));
    }

    /// <summary>One loopback authority and one gateway trusting it by discovery, shared by the tests of the class.</summary>
    public sealed class Testbed : IAsyncLifetime
    {
        private LoopbackAuthority? _authority;
        private GatewayHost? _gateway;

        internal LoopbackAuthority Authority => _authority!;

        public GatewayHost Gateway => _gateway!;

        public async Task InitializeAsync()
        {
            _authority = await LoopbackAuthority.StartAsync();
            _gateway = await GatewayHost.StartAsync(new Dictionary<string, string?>
            {
                ["FhirRecovery:Authentication:Authorities:1:Name"] = "loopback-oidc",
                ["FhirRecovery:Authentication:Authorities:1:Issuer"] = _authority.Issuer,
                ["FhirRecovery:Authentication:Authorities:1:Audience"] = Audience,
                ["FhirRecovery:Authentication:Authorities:1:Authority"] = _authority.Issuer,
                ["FhirRecovery:Authentication:Authorities:1:RequireHttpsMetadata"] = "false",
            });
        }

        public async Task DisposeAsync()
        {
            if (_gateway is not null)
            {
                await _gateway.DisposeAsync();
            }

            if (_authority is not null)
            {
                await _authority.DisposeAsync();
            }
        }
    }
}
