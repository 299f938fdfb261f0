using System.Net;
using System.Net.Http.Headers;
using FhirRecovery.Gateway.Tests.Infrastructure;

namespace FhirRecovery.Gateway.Tests.Auth;

/// <summary>Entra ID through Microsoft.Identity.Web (<c>AddMicrosoftIdentityWebApi</c> from configuration), with its
/// <c>Instance</c> pointed at a real loopback authority shaped like Entra's v2.0 endpoint for one tenant.</summary>
public sealed class EntraLoopbackTests(EntraLoopbackTests.Testbed testbed) : IClassFixture<EntraLoopbackTests.Testbed>
{
    private const string TenantId = "7d3f1c2a-5b8e-4c1d-9a0f-2e6b4d8c1a37";
    private const string ClientId = "2b9e6f4c-8d1a-4e3b-a5c7-9f0d2e4b6a18";
    private const string Audience = "api://fhir-recovery";

    [Fact]
    public async Task Request_ValidEntraShapedToken_Is200()
    {
        var now = DateTime.UtcNow;
        using var response = await SendAsync(Mint(testbed.Authority.Issuer.TrimEnd('/'), Audience, now, now.AddMinutes(10)));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        // The keys came from the tenant's discovery document, as Microsoft.Identity.Web derived it from Instance and TenantId.
        Assert.True(testbed.Authority.KeyFetches > 0);
    }

    [Fact]
    public async Task Request_WrongAudience_Is401()
    {
        var now = DateTime.UtcNow;
        using var response = await SendAsync(Mint(testbed.Authority.Issuer.TrimEnd('/'), "api://someone-else", now, now.AddMinutes(10)));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Request_IssuerOfAnotherTenant_Is401()
    {
        var now = DateTime.UtcNow;
        var otherTenant = testbed.Authority.Origin + "/0f9e8d7c-6b5a-4c3d-2e1f-0a9b8c7d6e5f/v2.0";
        using var response = await SendAsync(Mint(otherTenant, Audience, now, now.AddMinutes(10)));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Request_Expired_Is401()
    {
        var now = DateTime.UtcNow;
        using var response = await SendAsync(Mint(testbed.Authority.Issuer.TrimEnd('/'), Audience, now.AddHours(-2), now.AddHours(-1)));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private string Mint(string issuer, string audience, DateTime notBefore, DateTime expires) =>
        TestTokens.Mint(testbed.Authority.Credentials, issuer, audience, notBefore, expires, new Dictionary<string, object>
        {
            ["tid"] = TenantId,
            ["azp"] = ClientId,
            ["ver"] = "2.0",
            ["ods"] = TestTokens.DefaultOds,
            ["scp"] = "system/Consent.s",
            ["roles"] = "app",
        });

    private async Task<HttpResponseMessage> SendAsync(string token)
    {
        using var client = testbed.Gateway.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.GetAsync(new Uri("/Consent?patient=9991000003", UriKind.Relative));
    }

    /// <summary>A loopback authority at <c>/{tenant}/v2.0</c> and a gateway whose EntraId section points at it.</summary>
    public sealed class Testbed : IAsyncLifetime
    {
        private LoopbackAuthority? _authority;
        private GatewayHost? _gateway;

        internal LoopbackAuthority Authority => _authority!;

        public GatewayHost Gateway => _gateway!;

        public async Task InitializeAsync()
        {
            _authority = await LoopbackAuthority.StartAsync($"/{TenantId}/v2.0", issuerOverride: null);
            _gateway = await GatewayHost.StartAsync(new Dictionary<string, string?>
            {
                ["FhirRecovery:Authentication:EntraId:Instance"] = _authority.Origin + "/",
                ["FhirRecovery:Authentication:EntraId:TenantId"] = TenantId,
                ["FhirRecovery:Authentication:EntraId:ClientId"] = ClientId,
                ["FhirRecovery:Authentication:EntraId:Audience"] = Audience,
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
