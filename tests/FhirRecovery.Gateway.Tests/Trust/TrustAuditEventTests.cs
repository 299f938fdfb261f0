using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FhirRecovery.Gateway.Tests.Infrastructure;
using FhirRecovery.Trust.Development;

namespace FhirRecovery.Gateway.Tests.Trust;

/// <summary>Trust refusals and consent overrides reach the same audit store as routing and are searchable through
/// <c>GET /AuditEvent</c> by an operator, without the override's reason text or the person's NHS number.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class TrustAuditEventTests(GatewayFixture fixture)
{
    private const string Handover = "?event=release-handover&type=Bundle&receiver=northside-cds";
    private const string ReferralToEmployment = "?event=referral-request&type=ServiceRequest&receiver=pathways-employment";

    [Fact]
    public async Task RefusedSend_Is403_AndStoredAsFailedAccessDeniedAuditEventWithBothOrganisations()
    {
        var correlation = Guid.NewGuid().ToString("N");
        var alex = GuideExamples.Collection(GuideExamples.ReadNode("Patient-patient-alex.json"));
        using var response = await ProbeAsync("FRH01", Handover, alex, ("X-Correlation-ID", correlation));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        var audit = await FindAsync("FRH01", "4", correlation);

        Assert.Equal("access-denied", audit.GetProperty("subtype")[0].GetProperty("code").GetString());
        Assert.Equal("110113", audit.GetProperty("type").GetProperty("code").GetString());
        Assert.Equal("4", audit.GetProperty("outcome").GetString());
        var agents = audit.GetProperty("agent").GetRawText();
        Assert.Contains("FRH01", agents, StringComparison.Ordinal);
        Assert.Contains("Organization/northside-cds", agents, StringComparison.Ordinal);
        Assert.DoesNotContain(GuideExamples.AlexNhsNumber, audit.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessMessage_RefusedHandover_IsFoundByOutcomeAsAccessDenied()
    {
        var correlation = Guid.NewGuid().ToString("N");
        using var client = fixture.Host.CreateClient("FRH01", "system/Bundle.c");
        using var request = FhirHttp.Post("/$process-message", GuideExamples.Read("Bundle-release-handover-alex.json"), FhirHttp.FhirJson);
        request.Headers.TryAddWithoutValidation("Prefer", "respond-async");
        request.Headers.TryAddWithoutValidation("X-Request-ID", Guid.NewGuid().ToString("N"));
        request.Headers.TryAddWithoutValidation("X-Correlation-ID", correlation);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);

        var audit = await FindAsync("FRH01", "4", correlation);

        Assert.Equal("access-denied", audit.GetProperty("subtype")[0].GetProperty("code").GetString());
        Assert.Contains("Organization/", audit.GetProperty("agent").GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain(GuideExamples.AlexNhsNumber, audit.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OverriddenRefusal_IsStoredAsSuccessfulConsentOverrideWithGround_WithoutReasonOrNhsNumber()
    {
        const string reason = "Court order 2026/118 requires disclosure";
        var correlation = Guid.NewGuid().ToString("N");
        var jordan = GuideExamples.Collection(
            GuideExamples.ReadNode("Patient-patient-jordan.json"), GuideExamples.ReadNode("Consent-consent-jordan.json"));
        using var response = await ProbeAsync("FRD01", ReferralToEmployment, jordan,
            ("X-Consent-Override", "legal-duty"), ("X-Consent-Override-Reason", reason), ("X-Correlation-ID", correlation));
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);

        var audit = await FindAsync("pathways-employment", "0", correlation);

        Assert.Equal("consent-override", audit.GetProperty("subtype")[0].GetProperty("code").GetString());
        var text = audit.GetRawText();
        Assert.Contains("ground=legal-duty", text, StringComparison.Ordinal);
        Assert.Contains("reason-sha256=", text, StringComparison.Ordinal);
        Assert.Contains("FRD01", text, StringComparison.Ordinal);
        Assert.DoesNotContain(reason, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Court order", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(GuideExamples.JordanNhsNumber, text, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> ProbeAsync(string ods, string query, string body, params (string Name, string Value)[] headers)
    {
        using var client = fixture.Host.CreateClient(ods, "system/Bundle.c");
        using var request = FhirHttp.Post(TrustProbe.Route + query, body, FhirHttp.FhirJson);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    /// <summary>The one AuditEvent of the search <c>entity</c> and <c>outcome</c> that carries the correlation id.</summary>
    private async Task<JsonElement> FindAsync(string entity, string outcome, string correlation)
    {
        using var operators = OperatorClient();
        using var response = await operators.GetAsync(new Uri($"/AuditEvent?entity={entity}&outcome={outcome}&_count=1000", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bundle = await FhirHttp.ReadJsonResourceAsync(response, "Bundle");
        Assert.True(bundle.TryGetProperty("entry", out var entries), "The search found no AuditEvent.");
        return Assert.Single(entries.EnumerateArray().Select(e => e.GetProperty("resource")),
            r => r.GetRawText().Contains(correlation, StringComparison.Ordinal)).Clone();
    }

    private HttpClient OperatorClient()
    {
        var now = DateTime.UtcNow;
        var token = TestTokens.Mint(fixture.Host.Tokens.DevelopmentKey.Credentials, DevelopmentIssuerDefaults.Issuer,
            DevelopmentIssuerDefaults.Audience, now.AddMinutes(-1), now.AddMinutes(30), new Dictionary<string, object>
            {
                ["sub"] = "operator:ops",
                ["client_id"] = "dev-operator",
                [DevelopmentIssuerDefaults.OrganisationClaim] = TestTokens.DefaultOds,
                ["scope"] = "system/AuditEvent.rs",
                ["roles"] = "operator",
            });
        var client = fixture.Host.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
