using System.Net;
using FhirRecovery.Gateway.Tests.Infrastructure;
using FhirRecovery.Gateway.Tests.Trust;

namespace FhirRecovery.Gateway.Tests.Security;

/// <summary>End-to-end traffic about the guide's example patients — every valid and invalid example through $validate
/// and type-level $validate, consent registration and search by NHS number, trust decisions with and without overrides,
/// and the message Bundles through $process-message — then every captured log line is searched for their NHS numbers,
/// names and birth dates.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class LogPrivacyTests(GatewayFixture fixture)
{
    [Fact]
    public async Task EndToEndTraffic_LogsNoPatientData()
    {
        using var client = fixture.Host.CreateClient("FRP01", "system/*.cruds");
        var files = Directory.EnumerateFiles(GuideExamples.Folder("valid"), "*.json")
            .Concat(Directory.EnumerateFiles(GuideExamples.Folder("invalid"), "*.json"))
            .Where(f => !f.EndsWith("manifest.json", StringComparison.Ordinal)).ToList();
        var statuses = new List<HttpStatusCode>();
        foreach (var file in files)
        {
            var json = await File.ReadAllTextAsync(file);
            var type = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("resourceType").GetString();
            statuses.Add(await SendAsync(client, FhirHttp.Post("/$validate", json, FhirHttp.FhirJson)));
            statuses.Add(await SendAsync(client, FhirHttp.Post($"/{type}/$validate", json, FhirHttp.FhirJson)));
            if (type == "Bundle")
            {
                var message = FhirHttp.Post("/$process-message", json, FhirHttp.FhirJson);
                message.Headers.TryAddWithoutValidation("Prefer", "respond-async");
                await SendAsync(client, message);
            }

            if (type == "Consent")
            {
                await SendAsync(client, FhirHttp.Post("/Consent", json, FhirHttp.FhirJson));
            }
        }

        await SendAsync(client, FhirHttp.Get("/Consent?patient=" + GuideExamples.JordanNhsNumber));
        await SendAsync(client, FhirHttp.Get("/Consent?patient=https://fhir.nhs.uk/Id/nhs-number|" + GuideExamples.AlexNhsNumber));
        using var drugService = fixture.Host.CreateClient("FRD01", "system/Bundle.c");
        var jordan = GuideExamples.Collection(GuideExamples.ReadNode("Patient-patient-jordan.json"), GuideExamples.ReadNode("Consent-consent-jordan.json"));
        var refused = FhirHttp.Post(TrustProbe.Route + "?event=referral-request&type=ServiceRequest&receiver=pathways-employment", jordan, FhirHttp.FhirJson);
        Assert.Equal(HttpStatusCode.Forbidden, await SendAsync(drugService, refused));
        var overridden = FhirHttp.Post(TrustProbe.Route + "?event=referral-request&type=ServiceRequest&receiver=pathways-employment", jordan, FhirHttp.FhirJson);
        overridden.Headers.TryAddWithoutValidation("X-Consent-Override", "vital-interest");
        overridden.Headers.TryAddWithoutValidation("X-Consent-Override-Reason", "Jordan Reeve 9991087109 at risk of overdose");
        Assert.Equal(HttpStatusCode.NoContent, await SendAsync(drugService, overridden));

        Assert.Contains(HttpStatusCode.OK, statuses);
        // The request log line is written after the response; give the last ones a moment to arrive.
        await fixture.Host.Logs.WaitForAsync(e => e.MessageTemplate.Text.Contains("Trust audit", StringComparison.Ordinal));
        LogPrivacy.AssertNoPatientData(fixture.Host.Logs);
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            return response.StatusCode;
        }
    }
}
