using System.Net;
using System.Text.Json.Nodes;
using FhirRecovery.Gateway.Tests.Infrastructure;
using FhirRecovery.Gateway.Trust;
using Microsoft.Extensions.DependencyInjection;

namespace FhirRecovery.Gateway.Tests.Trust;

/// <summary>
/// The trust gate as routed writes ask it (through <see cref="TrustProbe"/>), with real signed tokens: scopes,
/// per-organisation permissions from conformance/permissions.json, consent in the payload and in the consent store,
/// and the override headers. Senders: FRP01 prison healthcare, FRD01 community drug service, FRH01 housing.
/// </summary>
[Collection(GatewayTestGroup.Name)]
public sealed class TrustGateTests(GatewayFixture fixture)
{
    private const string Handover = "?event=release-handover&type=Bundle&receiver=northside-cds";
    private const string ReferralToEmployment = "?event=referral-request&type=ServiceRequest&receiver=pathways-employment";
    private const string ReferralToMentalHealth = "?event=referral-request&type=ServiceRequest&receiver=riverside-mh";

    private static string Alex => GuideExamples.Collection(GuideExamples.ReadNode("Patient-patient-alex.json"));

    private static string JordanWithConsent => GuideExamples.Collection(
        GuideExamples.ReadNode("Patient-patient-jordan.json"), GuideExamples.ReadNode("Consent-consent-jordan.json"));

    [Fact]
    public async Task Send_PermittedSenderWithScope_IsAllowed()
    {
        using var response = await ProbeAsync("FRP01", ["system/Bundle.c"], Handover, Alex);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task Send_MissingScope_Is403NamingTheScope()
    {
        using var response = await ProbeAsync("FRP01", ["system/ServiceRequest.c", "system/Bundle.r"], Handover, Alex);

        var issue = await AssertForbiddenAsync(response);
        Assert.Contains("system/Bundle.c", issue.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_OrganisationNotPermitted_Is403AndAudited()
    {
        using var response = await ProbeAsync("FRH01", ["system/Bundle.c"], Handover, Alex);

        var issue = await AssertForbiddenAsync(response);
        Assert.Contains("not permitted", issue.Text, StringComparison.Ordinal);
        Assert.Contains(Audit.Recent, e => e.Decision == "refused" && e.SenderOds == "FRH01" && e.CounterpartOrganizationId == "northside-cds");
    }

    [Fact]
    public async Task Send_ConsentInPayloadRefusesServiceType_Is403()
    {
        using var response = await ProbeAsync("FRD01", ["system/Bundle.c"], ReferralToEmployment, JordanWithConsent);

        var issue = await AssertForbiddenAsync(response);
        Assert.Contains("consent-jordan", issue.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(GuideExamples.JordanNhsNumber, issue.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ConsentInPayloadPermitsServiceType_IsAllowed()
    {
        using var response = await ProbeAsync("FRD01", ["system/Bundle.c"], ReferralToMentalHealth, JordanWithConsent);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task Send_RefusalOverriddenWithReason_IsAllowedAndAuditedWithoutTheReasonText()
    {
        const string reason = "Court order 2026/117 requires disclosure";
        var correlation = Guid.NewGuid().ToString("N");
        using var response = await ProbeAsync("FRD01", ["system/Bundle.c"], ReferralToEmployment, JordanWithConsent,
            ("X-Consent-Override", "legal-duty"), ("X-Consent-Override-Reason", reason), ("X-Correlation-ID", correlation));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var entry = Assert.Single(Audit.Recent, e => e.Decision == "consent-override" && e.CorrelationId == correlation);
        Assert.Equal("pathways-employment", entry.CounterpartOrganizationId);
        Assert.Equal("legal-duty", entry.OverrideGround);
        Assert.Equal("consent-jordan", entry.DecidingConsentId);
        Assert.NotNull(entry.OverrideReasonDigest);
        Assert.DoesNotContain(fixture.Host.Logs.RenderAll(), line => line.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Send_OverrideWithoutReason_Is403()
    {
        using var response = await ProbeAsync("FRD01", ["system/Bundle.c"], ReferralToEmployment, JordanWithConsent,
            ("X-Consent-Override", "vital-interest"));

        var issue = await AssertForbiddenAsync(response);
        Assert.Contains("X-Consent-Override-Reason", issue.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ConsentRegisteredInStore_RefusesWithoutAnyConsentInPayload()
    {
        // Alex (no consent in the guide) refuses sharing with housing: registered through POST /Consent.
        var consent = GuideExamples.ReadNode("Consent-consent-jordan.json");
        consent.Remove("id");
        consent["patient"] = new JsonObject
        {
            ["reference"] = "Patient/patient-alex",
            ["identifier"] = new JsonObject { ["system"] = TrustGate.NhsNumberSystem, ["value"] = GuideExamples.AlexNhsNumber },
        };
        consent["performer"] = new JsonArray(new JsonObject { ["reference"] = "Patient/patient-alex" });
        var provisions = consent["provision"]!["provision"]!.AsArray();
        provisions.Clear();
        provisions.Add(JsonNode.Parse("""{"type":"deny","actor":[{"role":{"coding":[{"system":"https://fhirrecovery.org.uk/fhir/CodeSystem/recovery-service-type","code":"mental-health"}]},"reference":{"reference":"Organization/riverside-mh"}}]}"""));
        using var client = fixture.Host.CreateClient("FRD01", "system/Consent.cs");
        using var registered = await client.SendAsync(FhirHttp.Post("/Consent", consent.ToJsonString(), FhirHttp.FhirJson));
        Assert.True(registered.StatusCode == HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());

        using var response = await ProbeAsync("FRD01", ["system/Bundle.c"], ReferralToMentalHealth, Alex);

        await AssertForbiddenAsync(response);
        using var search = await client.SendAsync(FhirHttp.Get("/Consent?patient=" + GuideExamples.AlexNhsNumber));
        var bundle = await FhirHttp.ReadJsonResourceAsync(search, "Bundle");
        Assert.True(bundle.GetProperty("total").GetInt32() >= 1);
    }

    [Fact]
    public async Task RegisterConsent_NotTheShareConsentProfile_Is422()
    {
        var consent = GuideExamples.ReadNode("Consent-consent-jordan.json");
        consent.Remove("provision");
        using var client = fixture.Host.CreateClient("FRD01", "system/Consent.c");

        using var response = await client.SendAsync(FhirHttp.Post("/Consent", consent.ToJsonString(), FhirHttp.FhirJson));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task SearchConsent_WithoutScope_Is403()
    {
        using var client = fixture.Host.CreateClient("FRD01", "system/Bundle.c");

        using var response = await client.SendAsync(FhirHttp.Get("/Consent?patient=" + GuideExamples.AlexNhsNumber));

        await AssertForbiddenAsync(response);
    }

    private ITrustAudit Audit => fixture.Host.App.Services.GetRequiredService<ITrustAudit>();

    private async Task<HttpResponseMessage> ProbeAsync(string ods, string[] scopes, string query, string body, params (string Name, string Value)[] headers)
    {
        using var client = fixture.Host.CreateClient(ods, scopes);
        using var request = FhirHttp.Post(TrustProbe.Route + query, body, FhirHttp.FhirJson);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    private static async Task<FhirHttp.Issue> AssertForbiddenAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var issue = Assert.Single(FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(response, "OperationOutcome")));
        Assert.Equal("forbidden", issue.Code);
        return issue;
    }
}
