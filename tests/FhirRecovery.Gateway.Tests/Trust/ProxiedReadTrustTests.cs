using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FhirRecovery.Gateway.Tests.Infrastructure;
using FhirRecovery.Gateway.Trust;

namespace FhirRecovery.Gateway.Tests.Trust;

/// <summary>
/// "GPs read the care plans of their own registered patients", end to end: real signed tokens, the real trust gate,
/// a real owner on loopback. The gateway buffers the owner's answer, finds the person, reads their Patient record from
/// the owner for the registered practice, checks their consents, and only then relays; refused, nothing is relayed.
/// </summary>
[Collection(ProxiedReadTestGroup.Name)]
public sealed class ProxiedReadTrustTests(ProxiedReadTestbed testbed)
{
    [Fact]
    public async Task GpRead_OwnRegisteredPatientsCarePlan_Is200WithTheOwnersAnswer()
    {
        using var response = await testbed.ReadAsync(ProxiedReadTestbed.GpOds, "/CarePlan/plan-own");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var plan = await FhirHttp.ReadJsonResourceAsync(response, "CarePlan");
        Assert.Equal("plan-own", plan.GetProperty("id").GetString());
        // The registered practice came from the owner's Patient record, read with the gateway's own credential.
        Assert.Contains(testbed.Owner.Requests, r => r.Path == "Patient/pat-own" && r.Authorization == "Bearer " + ProxiedReadTestbed.GatewayCredential);
    }

    [Fact]
    public async Task GpRead_AnotherPracticesPatient_Is403WithNothingOfTheBodyAndAudited()
    {
        var correlation = Guid.NewGuid().ToString("N");
        using var response = await testbed.ReadAsync(ProxiedReadTestbed.GpOds, "/CarePlan/plan-other", ("X-Correlation-ID", correlation));

        var text = await AssertForbiddenAsync(response);
        Assert.DoesNotContain("Recovery plan other", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ProxiedReadTestbed.OtherPracticeNhsNumber, text, StringComparison.Ordinal);
        var audit = await FindAuditAsync(ProxiedReadTestbed.GpOds, "4", correlation, "access-denied");
        Assert.Contains("interaction=read", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GpRead_ConsentInStoreRefusesPrimaryCare_Is403NamingAConsent()
    {
        await RegisterRefusalOfPrimaryCareAsync();

        using var response = await testbed.ReadAsync(ProxiedReadTestbed.GpOds, "/CarePlan/plan-refuser");

        var text = await AssertForbiddenAsync(response);
        // Several tests register a refusal for this person; whichever is found first decides, and the answer names it.
        Assert.Contains("refuses sharing with primary-care services", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Recovery plan refuser", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GpRead_ConsentRefusalOverriddenWithReason_Is200AndAuditedWithoutTheReason()
    {
        await RegisterRefusalOfPrimaryCareAsync();
        // The reason names the person: it must reach neither the audit trail nor any log line (checked when the suite ends).
        const string reason = "Overdose risk for " + ProxiedReadTestbed.RefuserNhsNumber + ": GP must see current OST dose";
        var correlation = Guid.NewGuid().ToString("N");

        using var response = await testbed.ReadAsync(ProxiedReadTestbed.GpOds, "/CarePlan/plan-refuser",
            (ConsentOverrideHeaders.Ground, "vital-interest"), (ConsentOverrideHeaders.Reason, reason), ("X-Correlation-ID", correlation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("plan-refuser", (await FhirHttp.ReadJsonResourceAsync(response, "CarePlan")).GetProperty("id").GetString());
        var audit = await FindAuditAsync(ProxiedReadTestbed.GpOds, "0", correlation, "consent-override");
        Assert.Contains("ground=vital-interest", audit, StringComparison.Ordinal);
        Assert.Contains("interaction=read", audit, StringComparison.Ordinal);
        Assert.DoesNotContain(reason, audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GpRead_OverrideWithoutReason_Is403()
    {
        await RegisterRefusalOfPrimaryCareAsync();

        using var response = await testbed.ReadAsync(ProxiedReadTestbed.GpOds, "/CarePlan/plan-refuser", (ConsentOverrideHeaders.Ground, "legal-duty"));

        Assert.Contains(ConsentOverrideHeaders.Reason, await AssertForbiddenAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GpRead_SubjectTheGatewayCannotIdentify_Is403()
    {
        using var response = await testbed.ReadAsync(ProxiedReadTestbed.GpOds, "/CarePlan/plan-anon");

        Assert.Contains("cannot identify", await AssertForbiddenAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GpSearch_ByNhsNumberWithIncludedPatient_Is200AndTheQueryReachesTheOwner()
    {
        var query = "/CarePlan?patient:identifier=" + Uri.EscapeDataString("https://fhir.nhs.uk/Id/nhs-number|" + ProxiedReadTestbed.OwnNhsNumber) + "&_include=CarePlan:subject";

        using var response = await testbed.ReadAsync(ProxiedReadTestbed.GpOds, query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bundle = await FhirHttp.ReadJsonResourceAsync(response, "Bundle");
        Assert.Equal(2, bundle.GetProperty("entry").GetArrayLength());
        Assert.Contains(testbed.Owner.Requests, r => r.Path == "CarePlan" && r.Query.Contains(ProxiedReadTestbed.OwnNhsNumber, StringComparison.Ordinal) && !r.Query.Contains("_target", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GpSearch_ResultConcernsAnotherPracticesPatient_Is403()
    {
        using var response = await testbed.ReadAsync(ProxiedReadTestbed.GpOds, "/MedicationStatement?subject=Patient/pat-other");

        var text = await AssertForbiddenAsync(response);
        Assert.DoesNotContain("methadone", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_OrganisationWithoutAnyReadRule_Is403BeforeTheOwnerIsAsked()
    {
        var before = testbed.Owner.Requests.Count(r => r.Path == "CarePlan/plan-own");

        using var response = await testbed.ReadAsync("FRH01", "/CarePlan/plan-own");

        await AssertForbiddenAsync(response);
        Assert.Equal(before, testbed.Owner.Requests.Count(r => r.Path == "CarePlan/plan-own"));
    }

    [Fact]
    public async Task Read_WithoutTheReadScope_Is403NamingTheScope()
    {
        using var client = testbed.Host.CreateClient(ProxiedReadTestbed.GpOds, "system/CarePlan.s");
        using var request = FhirHttp.Get("/CarePlan/plan-own", FhirHttp.FhirJson);
        request.Headers.Add(FhirRecovery.Routing.Resolution.TargetHeader.Name, ProxiedReadTestbed.OwnerTarget);

        using var response = await client.SendAsync(request);

        Assert.Contains("system/CarePlan.r", await AssertForbiddenAsync(response), StringComparison.Ordinal);
    }

    /// <summary>The refuser refuses sharing with primary care: registered by the drug service through POST /Consent.</summary>
    private async Task<string> RegisterRefusalOfPrimaryCareAsync()
    {
        var consent = GuideExamples.ReadNode("Consent-consent-jordan.json");
        consent.Remove("id");
        consent["patient"] = new JsonObject
        {
            ["reference"] = "Patient/pat-refuser",
            ["identifier"] = new JsonObject { ["system"] = TrustGate.NhsNumberSystem, ["value"] = ProxiedReadTestbed.RefuserNhsNumber },
        };
        consent["performer"] = new JsonArray(new JsonObject { ["reference"] = "Patient/pat-refuser" });
        var provisions = consent["provision"]!["provision"]!.AsArray();
        provisions.Clear();
        provisions.Add(JsonNode.Parse("""{"type":"deny","actor":[{"role":{"coding":[{"system":"https://fhirrecovery.org.uk/fhir/CodeSystem/recovery-service-type","code":"primary-care"}]},"reference":{"reference":"Organization/elm-tree-surgery"}}]}"""));
        using var client = testbed.Host.CreateClient("FRD01", "system/Consent.c");
        using var registered = await client.SendAsync(FhirHttp.Post("/Consent", consent.ToJsonString(), FhirHttp.FhirJson));
        Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());
        // The store gives each registered consent its own id.
        return (await FhirHttp.ReadJsonResourceAsync(registered, "Consent")).GetProperty("id").GetString()!;
    }

    private static async Task<string> AssertForbiddenAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{(int)response.StatusCode}: {body}");
        var issue = Assert.Single(FhirHttp.Issues(JsonDocument.Parse(body).RootElement));
        Assert.Equal("forbidden", issue.Code);
        return body;
    }

    private async Task<string> FindAuditAsync(string entity, string outcome, string correlation, string subtype)
    {
        using var operators = testbed.CreateOperatorClient();
        using var response = await operators.GetAsync(new Uri($"/AuditEvent?entity={entity}&outcome={outcome}&_count=1000", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bundle = await FhirHttp.ReadJsonResourceAsync(response, "Bundle");
        Assert.True(bundle.TryGetProperty("entry", out var entries), "The search found no AuditEvent.");
        var audit = Assert.Single(entries.EnumerateArray().Select(e => e.GetProperty("resource")),
            r => r.GetRawText().Contains(correlation, StringComparison.Ordinal) && r.GetProperty("subtype")[0].GetProperty("code").GetString() == subtype);
        return audit.GetRawText();
    }
}
