using System.Net;
using System.Text.Json.Nodes;
using FhirRecovery.Gateway.Trust;
using Microsoft.Extensions.DependencyInjection;
using FhirRecovery.Gateway.Tests.Infrastructure;

namespace FhirRecovery.Gateway.Tests.Trust;

/// <summary>The real $process-message endpoint with the real trust gate: the guide's release handover (prison to
/// community drug service) is accepted from the prison and refused from an organisation no rule lets send it.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class RoutedTrustTests(GatewayFixture fixture)
{
    [Fact]
    public async Task ProcessMessage_ReleaseHandoverFromPrison_IsAccepted()
    {
        using var response = await SendHandoverAsync("FRP01", "system/Bundle.c");

        Assert.True(response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task ProcessMessage_ReleaseHandoverFromHousing_Is403()
    {
        using var response = await SendHandoverAsync("FRH01", "system/Bundle.c");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("not permitted", Assert.Single(FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(response, "OperationOutcome"))).Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessMessage_WithoutBundleCreateScope_Is403()
    {
        using var response = await SendHandoverAsync("FRP01", "system/ServiceRequest.c");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ProcessMessage_SharedCareForPersonRefusingPrimaryCare_Is403_AndOverrideWithReasonIs202AndAudited()
    {
        const string nhsNumber = "9991000054";
        await RegisterRefusalAsync(nhsNumber, "primary-care");

        using var refused = await SendSharedCareAsync(nhsNumber);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("refuses sharing with primary-care", Assert.Single(FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(refused, "OperationOutcome"))).Text,
            StringComparison.Ordinal);

        var correlation = Guid.NewGuid().ToString("N");
        using var overridden = await SendSharedCareAsync(nhsNumber, ("X-Consent-Override", "legal-duty"),
            ("X-Consent-Override-Reason", "Safeguarding duty"), ("X-Correlation-ID", correlation));
        Assert.True(overridden.StatusCode is HttpStatusCode.Accepted, $"{overridden.StatusCode}: {await overridden.Content.ReadAsStringAsync()}");
        var audit = fixture.Host.App.Services.GetRequiredService<ITrustAudit>();
        Assert.Contains(audit.Recent, e => e.Decision == "consent-override" && e.CorrelationId == correlation && e.OverrideGround == "legal-duty");
    }

    private async Task RegisterRefusalAsync(string nhsNumber, string serviceType)
    {
        var consent = GuideExamples.ReadNode("Consent-consent-jordan.json");
        consent.Remove("id");
        consent["patient"] = new JsonObject
        {
            ["reference"] = "Patient/patient-jordan",
            ["identifier"] = new JsonObject { ["system"] = TrustGate.NhsNumberSystem, ["value"] = nhsNumber },
        };
        var provisions = consent["provision"]!["provision"]!.AsArray();
        provisions.Clear();
        provisions.Add(JsonNode.Parse($$$"""{"type":"deny","actor":[{"role":{"coding":[{"system":"https://fhirrecovery.org.uk/fhir/CodeSystem/recovery-service-type","code":"{{{serviceType}}}"}]},"reference":{"reference":"Organization/elm-tree-surgery"} }]}"""));
        using var client = fixture.Host.CreateClient("FRD01", "system/Consent.c");
        using var registered = await client.SendAsync(FhirHttp.Post("/Consent", consent.ToJsonString(), FhirHttp.FhirJson));
        Assert.True(registered.StatusCode == HttpStatusCode.Created, await registered.Content.ReadAsStringAsync());
    }

    /// <summary>The guide's shared-care update (drug service to GP) about the person with <paramref name="nhsNumber"/>.</summary>
    private async Task<HttpResponseMessage> SendSharedCareAsync(string nhsNumber, params (string Name, string Value)[] headers)
    {
        var bundle = GuideExamples.ReadNode("Bundle-shared-care-jordan.json");
        bundle["identifier"] = new JsonObject { ["system"] = "urn:ietf:rfc:3986", ["value"] = "urn:uuid:" + Guid.NewGuid() };
        foreach (var entry in bundle["entry"]!.AsArray())
        {
            if (entry!["resource"]!["resourceType"]!.GetValue<string>() == "Patient")
            {
                entry["resource"]!["identifier"]![0]!["value"] = nhsNumber;
            }
        }

        using var client = fixture.Host.CreateClient("FRD01", "system/Bundle.c");
        using var request = FhirHttp.Post("/$process-message", bundle.ToJsonString(), FhirHttp.FhirJson);
        request.Headers.TryAddWithoutValidation("Prefer", "respond-async");
        request.Headers.TryAddWithoutValidation("X-Request-ID", Guid.NewGuid().ToString("N"));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    private async Task<HttpResponseMessage> SendHandoverAsync(string ods, string scope)
    {
        using var client = fixture.Host.CreateClient(ods, scope);
        using var request = FhirHttp.Post("/$process-message", GuideExamples.Read("Bundle-release-handover-alex.json"), FhirHttp.FhirJson);
        request.Headers.TryAddWithoutValidation("Prefer", "respond-async");
        request.Headers.TryAddWithoutValidation("X-Request-ID", Guid.NewGuid().ToString("N"));
        return await client.SendAsync(request);
    }
}
