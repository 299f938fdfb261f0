using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using FhirRecovery.Gateway.Tests.Infrastructure;
using FhirRecovery.Trust.Development;
using Microsoft.IdentityModel.Tokens;

namespace FhirRecovery.Gateway.Tests.Auth;

/// <summary>Real signed JWTs against the real host: issuer, audience, lifetime, signature and organisation are checked,
/// and every refusal is an OperationOutcome (401 with WWW-Authenticate, or 403).</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class AuthenticationTests(GatewayFixture fixture)
{
    private static readonly Dictionary<string, object> _claims = new()
    {
        ["ods"] = TestTokens.DefaultOds,
        ["scope"] = "system/*.cruds",
    };

    private const string ValidatePath = "/$validate";

    [Fact]
    public async Task Validate_NoToken_Is401OutcomeWithBearerChallenge()
    {
        using var client = fixture.Host.CreateAnonymousClient();

        using var response = await client.SendAsync(FhirHttp.Post(ValidatePath, Samples.ValidPatientJson, FhirHttp.FhirJson));

        await AssertUnauthorizedAsync(response);
    }

    [Fact]
    public async Task Validate_ExpiredToken_Is401()
    {
        var now = DateTime.UtcNow;
        var token = TestTokens.Mint(fixture.Host.Tokens.PartnerCredentials, TestTokens.PartnerIssuer, TestTokens.PartnerAudience,
            now.AddHours(-2), now.AddHours(-1), _claims);

        await AssertUnauthorizedAsync(await SendWithTokenAsync(token));
    }

    [Fact]
    public async Task Validate_WrongAudience_Is401()
    {
        var now = DateTime.UtcNow;
        var token = TestTokens.Mint(fixture.Host.Tokens.PartnerCredentials, TestTokens.PartnerIssuer, "https://someone-else.test/",
            now, now.AddMinutes(10), _claims);

        await AssertUnauthorizedAsync(await SendWithTokenAsync(token));
    }

    [Fact]
    public async Task Validate_UnknownIssuer_Is401()
    {
        var now = DateTime.UtcNow;
        var token = TestTokens.Mint(fixture.Host.Tokens.PartnerCredentials, "https://rogue-issuer.test/", TestTokens.PartnerAudience,
            now, now.AddMinutes(10), _claims);

        await AssertUnauthorizedAsync(await SendWithTokenAsync(token));
    }

    [Fact]
    public async Task Validate_KnownIssuerSignedWithAnotherKey_Is401()
    {
        using var otherKey = RSA.Create(2048);
        var credentials = new SigningCredentials(new RsaSecurityKey(otherKey) { KeyId = "partner" }, SecurityAlgorithms.RsaSha256);
        var now = DateTime.UtcNow;
        var token = TestTokens.Mint(credentials, TestTokens.PartnerIssuer, TestTokens.PartnerAudience, now, now.AddMinutes(10), _claims);

        await AssertUnauthorizedAsync(await SendWithTokenAsync(token));
    }

    [Fact]
    public async Task Validate_DevelopmentIssuerTokenWithPartnerKey_Is401()
    {
        // The issuer picks the scheme; the scheme still checks the signature against that issuer's own key.
        var now = DateTime.UtcNow;
        var token = TestTokens.Mint(fixture.Host.Tokens.PartnerCredentials, DevelopmentIssuerDefaults.Issuer, DevelopmentIssuerDefaults.Audience,
            now, now.AddMinutes(10), _claims);

        await AssertUnauthorizedAsync(await SendWithTokenAsync(token));
    }

    [Fact]
    public async Task Validate_PartnerAuthorityToken_IsAccepted()
    {
        var now = DateTime.UtcNow;
        var token = TestTokens.Mint(fixture.Host.Tokens.PartnerCredentials, TestTokens.PartnerIssuer, TestTokens.PartnerAudience,
            now, now.AddMinutes(10), _claims);

        using var response = await SendWithTokenAsync(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Validate_DevelopmentIssuerToken_IsAccepted()
    {
        using var client = fixture.Host.CreateClient();

        using var response = await client.SendAsync(FhirHttp.Post(ValidatePath, Samples.ValidPatientJson, FhirHttp.FhirJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Validate_OrganisationNotInDirectory_Is403Outcome()
    {
        using var client = fixture.Host.CreateClient("ZZZ99");

        using var response = await client.SendAsync(FhirHttp.Post(ValidatePath, Samples.ValidPatientJson, FhirHttp.FhirJson));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var issue = Assert.Single(FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(response, "OperationOutcome")));
        Assert.Equal("forbidden", issue.Code);
        Assert.Contains("organisation", issue.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_TokenWithoutOrganisationClaim_Is403()
    {
        var now = DateTime.UtcNow;
        var token = TestTokens.Mint(fixture.Host.Tokens.PartnerCredentials, TestTokens.PartnerIssuer, TestTokens.PartnerAudience,
            now, now.AddMinutes(10), new Dictionary<string, object> { ["scope"] = "system/*.cruds" });

        using var response = await SendWithTokenAsync(token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("/metadata")]
    [InlineData("/health/live")]
    public async Task OpenEndpoints_NoToken_Answer200(string path)
    {
        using var client = fixture.Host.CreateAnonymousClient();

        using var response = await client.SendAsync(FhirHttp.Get(path));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AuditEvent_WithoutOperatorRole_Is403()
    {
        using var client = fixture.Host.CreateClient(TestTokens.DefaultOds, "system/*.cruds");

        using var response = await client.SendAsync(FhirHttp.Get("/AuditEvent"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AuditEvent_OperatorRoleAndScope_IsNotRefused()
    {
        var now = DateTime.UtcNow;
        var token = TestTokens.Mint(fixture.Host.Tokens.PartnerCredentials, TestTokens.PartnerIssuer, TestTokens.PartnerAudience,
            now, now.AddMinutes(10), new Dictionary<string, object> { ["ods"] = TestTokens.DefaultOds, ["scope"] = "system/AuditEvent.rs", ["roles"] = "operator" });
        using var client = fixture.Host.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        using var response = await client.SendAsync(FhirHttp.Get("/AuditEvent"));

        // Authorisation let it through: what the audit search then answers is the routing work's.
        Assert.NotEqual(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendWithTokenAsync(string token)
    {
        using var client = fixture.Host.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(FhirHttp.Post(ValidatePath, Samples.ValidPatientJson, FhirHttp.FhirJson));
    }

    private static async Task AssertUnauthorizedAsync(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
            var issue = Assert.Single(FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(response, "OperationOutcome")));
            Assert.Equal("login", issue.Code);
        }
    }
}
