using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using FhirRecovery.Gateway.Tests.Infrastructure;
using static FhirRecovery.Gateway.Tests.Pathways.MentalHealthAndHousingTestbed;

namespace FhirRecovery.Gateway.Tests.Pathways;

/// <summary>A drug service (FRD01) refers a person with co-occurring mental health needs to the trust (FRM01); the
/// trust answers with Task updates that the gateway routes back to the referrer, who reads the current status.</summary>
[Collection(MentalHealthAndHousingTestGroup.Name)]
public sealed class MentalHealthReferralTests(MentalHealthAndHousingTestbed testbed)
{
    private const string Referral = "referral-mental-health.json";

    [Fact]
    public async Task PostServiceRequest_MentalHealthReferral_ReachesTrustAndReferrerSeesNoUpdateYet()
    {
        using var drugService = testbed.CreateClient("FRD01");
        var (id, json) = MentalHealthAndHousingSamples.Referral(Referral);

        using var response = await PostAsync(drugService, "/ServiceRequest", json);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var received = Assert.Single(testbed["mental-health"].Received, r => r.Body.Contains(id, StringComparison.Ordinal));
        Assert.Equal("ServiceRequest", received.Path);
        Assert.Equal("Bearer " + GatewayCredential, received.Authorization);
        var (status, bundle) = await GetAsync(drugService, $"/Task?focus=ServiceRequest/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, bundle.GetProperty("total").GetInt32());
        Assert.Contains("to FRM01", OutcomeText(bundle), StringComparison.Ordinal);
        Assert.Contains("no Task update", OutcomeText(bundle), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostTask_AcceptedThenCompleted_RoutedBackToReferrerAndStatusShowsLatest()
    {
        var id = await ReferAsync();
        using var trust = testbed.CreateClient("FRM01");
        using var drugService = testbed.CreateClient("FRD01");

        // No target header: the gateway knows who referred.
        using var accepted = await PostAsync(trust, "/Task", MentalHealthAndHousingSamples.TaskFor("referral-task-mental-health-accepted.json", id));
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal("accepted", LatestTaskStatus(await StatusAsync(drugService, id)));

        using var completed = await PostAsync(trust, "/Task", MentalHealthAndHousingSamples.TaskFor("referral-task-mental-health-completed.json", id));
        Assert.Equal(HttpStatusCode.Created, completed.StatusCode);

        var atReferrer = testbed["northside"].Received.Where(r => r.Path == "Task" && r.Body.Contains(id, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, atReferrer.Count);
        Assert.Contains("\"completed\"", atReferrer[1].Body, StringComparison.Ordinal);
        Assert.Equal("completed", LatestTaskStatus(await StatusAsync(drugService, id)));
    }

    [Fact]
    public async Task PostTask_Rejected_ReasonReachesReferrerAndClosesTheReferral()
    {
        var id = await ReferAsync();
        using var trust = testbed.CreateClient("FRM01");

        using var rejected = await PostAsync(trust, "/Task", MentalHealthAndHousingSamples.TaskFor("referral-task-mental-health-rejected.json", id));

        Assert.Equal(HttpStatusCode.Created, rejected.StatusCode);
        var atReferrer = Assert.Single(testbed["northside"].Received, r => r.Path == "Task" && r.Body.Contains(id, StringComparison.Ordinal));
        Assert.Contains("out-of-area", atReferrer.Body, StringComparison.Ordinal);
        using var drugService = testbed.CreateClient("FRD01");
        var status = await StatusAsync(drugService, id);
        var task = status.GetProperty("entry")[0].GetProperty("resource");
        Assert.Equal("out-of-area", task.GetProperty("statusReason").GetProperty("coding")[0].GetProperty("code").GetString());

        using var later = await PostAsync(trust, "/Task", MentalHealthAndHousingSamples.TaskFor("referral-task-mental-health-accepted.json", id));
        Assert.Equal(HttpStatusCode.Conflict, later.StatusCode);
    }

    [Fact]
    public async Task PostTask_RejectedWithoutReason_Is422AndNothingRouted()
    {
        var id = await ReferAsync();
        using var trust = testbed.CreateClient("FRM01");
        var task = MentalHealthAndHousingSamples.TaskFor("referral-task-mental-health-rejected.json", id, t => t.AsObject().Remove("statusReason"));

        using var response = await PostAsync(trust, "/Task", task);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("rt-rejection-reason", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(testbed["northside"].Received, r => r.Path == "Task" && r.Body.Contains(id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostTask_FromOrganisationTheReferralWasNotSentTo_Is403AndAudited()
    {
        var id = await ReferAsync();
        using var housing = testbed.CreateClient("FRH01");

        using var response = await PostAsync(housing, "/Task", MentalHealthAndHousingSamples.TaskFor("referral-task-mental-health-accepted.json", id));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(testbed["northside"].Received, r => r.Path == "Task" && r.Body.Contains(id, StringComparison.Ordinal));
        using var operators = testbed.CreateOperatorClient();
        var (_, audit) = await GetAsync(operators, "/AuditEvent?entity=FRH01&outcome=4");
        Assert.Contains("interaction=referral-update", audit.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetReferralStatus_ByAnotherOrganisation_Is403_AndUnknownReferralIs404()
    {
        var id = await ReferAsync();
        using var gp = testbed.CreateClient("FRG01");

        var (forbidden, _) = await GetAsync(gp, $"/Task?focus=ServiceRequest/{id}");
        var (missing, _) = await GetAsync(gp, "/Task?focus=ServiceRequest/never-referred");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden);
        Assert.Equal(HttpStatusCode.NotFound, missing);
    }

    [Fact]
    public async Task PostServiceRequest_IdOfAnotherOrganisationsReferral_Is409()
    {
        var id = await ReferAsync();
        using var otherDrugService = testbed.CreateClient("FRD02");
        var json = JsonNode.Parse(MentalHealthAndHousingSamples.Read(Referral))!;
        json["id"] = id;

        using var response = await PostAsync(otherDrugService, "/ServiceRequest", json.ToJsonString());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Single(testbed["mental-health"].Received, r => r.Body.Contains(id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostServiceRequest_TrustDown_Synchronous503ThenStoreAndForwardDeliversWhenBack()
    {
        using var drugService = testbed.CreateClient("FRD01");
        var trust = testbed["mental-health"];
        var (id, json) = MentalHealthAndHousingSamples.Referral(Referral);
        await trust.StopAsync();
        string location;
        try
        {
            using var sync = await PostAsync(drugService, "/ServiceRequest", json);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, sync.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(drugService, $"/Task?focus=ServiceRequest/{id}")).Status);

            using var accepted = await PostAsync(drugService, "/ServiceRequest", json, respondAsync: true);
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
            location = accepted.Content.Headers.ContentLocation!.OriginalString;
            var failing = await RoutingTestbed.WaitForStateAsync(drugService, location, "failed", "dead-lettered");
            Assert.Equal("failed", RoutingTestbed.Parameter(failing, "state"));
        }
        finally
        {
            await trust.StartAsync();
        }

        await RoutingTestbed.WaitForStateAsync(drugService, location, "delivered");
        Assert.Single(trust.Received, r => r.Body.Contains(id, StringComparison.Ordinal));
        Assert.Contains(location, OutcomeText(await StatusAsync(drugService, id)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostServiceRequest_ConsentRefusesMentalHealth_Is403AndNothingSent()
    {
        using var drugService = testbed.CreateClient("FRD01");
        using var consent = await PostAsync(drugService, "/Consent", MentalHealthAndHousingSamples.Read("referral-consent-refuses-mental-health.json"));
        Assert.True(consent.IsSuccessStatusCode, await consent.Content.ReadAsStringAsync());
        var (id, json) = MentalHealthAndHousingSamples.Referral(Referral, MentalHealthAndHousingSamples.AlexNhsNumber);

        using var response = await PostAsync(drugService, "/ServiceRequest", json, respondAsync: true);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain(testbed["mental-health"].Received, r => r.Body.Contains(id, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(drugService, $"/Task?focus=ServiceRequest/{id}")).Status);
    }

    [Fact]
    public async Task PostServiceRequest_InvalidReferral_Is422WithWhereItIsWrong()
    {
        using var drugService = testbed.CreateClient("FRD01");

        using var response = await PostAsync(drugService, "/ServiceRequest", MentalHealthAndHousingSamples.Read("referral-mental-health-invalid.json"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("ServiceRequest.priority", text, StringComparison.Ordinal);
        Assert.Contains("ServiceRequest.reasonCode", text, StringComparison.Ordinal);
        Assert.DoesNotContain(testbed["mental-health"].Received, r => r.Body.Contains("referral-invalid-0001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostTask_ForReferralNotRoutedHere_GoesToRestrictionRecipient()
    {
        using var trust = testbed.CreateClient("FRM01");
        var referralId = "elsewhere-" + Guid.NewGuid().ToString("N")[..12];

        using var response = await PostAsync(trust, "/Task", MentalHealthAndHousingSamples.TaskFor("referral-task-mental-health-accepted.json", referralId));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Single(testbed["northside"].Received, r => r.Path == "Task" && r.Body.Contains(referralId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostTask_TargetHeaderNamingAThirdParty_Is400AndNothingRouted()
    {
        var id = await ReferAsync();
        using var trust = testbed.CreateClient("FRM01");
        using var request = FhirHttp.Post("/Task", MentalHealthAndHousingSamples.TaskFor("referral-task-mental-health-accepted.json", id), FhirHttp.FhirJson);
        request.Headers.Add(FhirRecovery.Routing.Resolution.TargetHeader.Name,
            FhirRecovery.Routing.Resolution.TargetHeader.Format("https://fhir.nhs.uk/Id/ods-organization-code", "FRD02"));

        using var response = await trust.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(testbed["southside"].Received, r => r.Body.Contains(id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Metadata_Task_OffersCreateAndSearchByFocus()
    {
        using var client = testbed.CreateClient("FRD01");

        var (_, capability) = await GetAsync(client, "/metadata");

        var task = capability.GetProperty("rest")[0].GetProperty("resource").EnumerateArray().Single(r => r.GetProperty("type").GetString() == "Task");
        Assert.Equal(["read", "create", "search-type"], task.GetProperty("interaction").EnumerateArray().Select(i => i.GetProperty("code").GetString()));
        Assert.Equal("focus", Assert.Single(task.GetProperty("searchParam").EnumerateArray()).GetProperty("name").GetString());
    }

    private async Task<string> ReferAsync()
    {
        using var drugService = testbed.CreateClient("FRD01");
        var (id, json) = MentalHealthAndHousingSamples.Referral(Referral);
        using var response = await PostAsync(drugService, "/ServiceRequest", json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return id;
    }

    private static async Task<JsonElement> StatusAsync(HttpClient client, string referralId)
    {
        var (status, bundle) = await GetAsync(client, $"/Task?focus=ServiceRequest/{referralId}");
        Assert.Equal(HttpStatusCode.OK, status);
        return bundle;
    }

    private static string? LatestTaskStatus(JsonElement bundle) =>
        bundle.GetProperty("entry").EnumerateArray()
            .Select(e => e.GetProperty("resource"))
            .Where(r => r.GetProperty("resourceType").GetString() == "Task")
            .Select(r => r.GetProperty("status").GetString())
            .SingleOrDefault();

    private static string OutcomeText(JsonElement bundle) =>
        string.Join(" ", bundle.GetProperty("entry").EnumerateArray()
            .Select(e => e.GetProperty("resource"))
            .Where(r => r.GetProperty("resourceType").GetString() == "OperationOutcome")
            .SelectMany(r => r.GetProperty("issue").EnumerateArray())
            .Select(i => i.GetProperty("diagnostics").GetString()));
}
