using System.Net;
using System.Text.Json;
using FhirRecovery.Gateway.Tests.Infrastructure;
using static FhirRecovery.Gateway.Tests.Pathways.MentalHealthAndHousingTestbed;

namespace FhirRecovery.Gateway.Tests.Pathways;

/// <summary>A drug service refers to the housing association (FRH01), which has no FHIR server: the referral is held
/// in the gateway's mailbox until the housing association collects and acknowledges it; it answers with Task updates.</summary>
[Collection(MentalHealthAndHousingTestGroup.Name)]
public sealed class HousingReferralTests(MentalHealthAndHousingTestbed testbed)
{
    private const string Referral = "referral-housing.json";

    [Fact]
    public async Task HousingReferral_ListedFetchedAcknowledged_SenderSeesDeliveredAndItIsAudited()
    {
        using var drugService = testbed.CreateClient("FRD01");
        using var housing = testbed.CreateClient("FRH01");
        var (id, json) = MentalHealthAndHousingSamples.Referral(Referral);

        // No Prefer header: a mailbox receiver is always store-and-forward.
        using var accepted = await PostAsync(drugService, "/ServiceRequest", json);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var location = accepted.Content.Headers.ContentLocation!.OriginalString;
        var messageId = location[(location.LastIndexOf('/') + 1)..];
        Assert.Equal("held-for-pickup", RoutingTestbed.Parameter((await GetAsync(drugService, location)).Body, "state"));

        var entry = await MailboxEntryAsync(housing, messageId);
        Assert.Equal(id, entry.GetProperty("resource").GetProperty("id").GetString());
        Assert.EndsWith($"/_mailbox/{messageId}/$acknowledge", entry.GetProperty("link")[0].GetProperty("url").GetString(), StringComparison.Ordinal);

        using var fetched = await housing.GetAsync(new Uri($"/_mailbox/{messageId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.Equal(json, await fetched.Content.ReadAsStringAsync());

        // Fetched but not acknowledged: still waiting at the next poll.
        await MailboxEntryAsync(housing, messageId);
        Assert.Equal("held-for-pickup", RoutingTestbed.Parameter((await GetAsync(drugService, location)).Body, "state"));

        using var acknowledged = await housing.PostAsync(new Uri($"/_mailbox/{messageId}/$acknowledge", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);

        var status = (await GetAsync(drugService, location)).Body;
        Assert.Equal("delivered", RoutingTestbed.Parameter(status, "state"));
        Assert.Equal("200", RoutingTestbed.Parameter(status, "receiver-status"));
        Assert.Contains("Acknowledged by FRH01", RoutingTestbed.Parameter(status, "receiver-response"), StringComparison.Ordinal);
        Assert.DoesNotContain(messageId, (await GetAsync(housing, "/_mailbox")).Body.GetRawText(), StringComparison.Ordinal);
        Assert.Empty(testbed["housing"].Received);
        using var operators = testbed.CreateOperatorClient();
        var audit = (await GetAsync(operators, $"/AuditEvent?entity={messageId}")).Body.GetRawText();
        Assert.Contains("\"accepted\"", audit, StringComparison.Ordinal);
        Assert.Contains("\"delivered\"", audit, StringComparison.Ordinal);
        Assert.Contains("mailbox acknowledge", audit, StringComparison.Ordinal);

        using var again = await housing.PostAsync(new Uri($"/_mailbox/{messageId}/$acknowledge", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task Mailbox_AnotherOrganisation_CannotSeeFetchOrAcknowledge()
    {
        using var drugService = testbed.CreateClient("FRD01");
        var (_, json) = MentalHealthAndHousingSamples.Referral(Referral);
        using var accepted = await PostAsync(drugService, "/ServiceRequest", json);
        var location = accepted.Content.Headers.ContentLocation!.OriginalString;
        var messageId = location[(location.LastIndexOf('/') + 1)..];
        using var trust = testbed.CreateClient("FRM01");

        var (list, _) = await GetAsync(trust, "/_mailbox");
        using var fetch = await trust.GetAsync(new Uri($"/_mailbox/{messageId}", UriKind.Relative));
        using var acknowledge = await trust.PostAsync(new Uri($"/_mailbox/{messageId}/$acknowledge", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NotFound, list);
        Assert.Equal(HttpStatusCode.NotFound, fetch.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, acknowledge.StatusCode);
        Assert.Equal("held-for-pickup", RoutingTestbed.Parameter((await GetAsync(drugService, location)).Body, "state"));
        using var operators = testbed.CreateOperatorClient();
        Assert.Contains("interaction=mailbox", (await GetAsync(operators, "/AuditEvent?entity=FRM01&outcome=4")).Body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mailbox_ListsOldestFirst_OnlyWhatWaits()
    {
        using var drugService = testbed.CreateClient("FRD01");
        using var housing = testbed.CreateClient("FRH01");
        var first = await AcceptAsync(drugService);
        var second = await AcceptAsync(drugService);

        var ids = (await GetAsync(housing, "/_mailbox?_count=200")).Body.GetProperty("entry").EnumerateArray()
            .Select(e => e.GetProperty("fullUrl").GetString()![(e.GetProperty("fullUrl").GetString()!.LastIndexOf('/') + 1)..]).ToList();

        Assert.True(ids.IndexOf(first) >= 0 && ids.IndexOf(first) < ids.IndexOf(second), string.Join(",", ids));
    }

    [Fact]
    public async Task HousingTaskUpdate_Accepted_RoutedBackToReferrerAndStatusShowsIt()
    {
        using var drugService = testbed.CreateClient("FRD01");
        using var housing = testbed.CreateClient("FRH01");
        var (id, json) = MentalHealthAndHousingSamples.Referral(Referral);
        using var accepted = await PostAsync(drugService, "/ServiceRequest", json);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);

        using var update = await PostAsync(housing, "/Task", MentalHealthAndHousingSamples.TaskFor("referral-task-housing-accepted.json", id));

        Assert.Equal(HttpStatusCode.Created, update.StatusCode);
        Assert.Single(testbed["northside"].Received, r => r.Path == "Task" && r.Body.Contains(id, StringComparison.Ordinal));
        var bundle = (await GetAsync(drugService, $"/Task?focus=ServiceRequest/{id}")).Body;
        Assert.Equal("accepted", bundle.GetProperty("entry")[0].GetProperty("resource").GetProperty("status").GetString());
    }

    [Fact]
    public async Task HousingTaskUpdate_ReferrerDown_Synchronous503AndTheStatusKeepsThePreviousState()
    {
        using var drugService = testbed.CreateClient("FRD01");
        using var housing = testbed.CreateClient("FRH01");
        var (id, json) = MentalHealthAndHousingSamples.Referral(Referral);
        using var accepted = await PostAsync(drugService, "/ServiceRequest", json);
        var northside = testbed["northside"];
        await northside.StopAsync();
        try
        {
            using var update = await PostAsync(housing, "/Task", MentalHealthAndHousingSamples.TaskFor("referral-task-housing-accepted.json", id));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, update.StatusCode);
        }
        finally
        {
            await northside.StartAsync();
        }

        Assert.Equal(0, (await GetAsync(drugService, $"/Task?focus=ServiceRequest/{id}")).Body.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task EmploymentReferral_ServiceDown_AcceptedAndRetriedNothingLost()
    {
        using var drugService = testbed.CreateClient("FRD01");
        var (_, json) = MentalHealthAndHousingSamples.Referral("referral-employment.json");

        using var accepted = await PostAsync(drugService, "/ServiceRequest", json, respondAsync: true);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        // Either an attempt failed, or the health checks found the service down first and the message waits unspent.
        var location = accepted.Content.Headers.ContentLocation!.OriginalString;
        var status = await RoutingTestbed.WaitForAsync(drugService, location,
            s => RoutingTestbed.Parameter(s, "state") is "failed" || RoutingTestbed.Parameter(s, "receiver-known-down") == "true");
        Assert.True(RoutingTestbed.Parameter(status, "last-error") is not null || RoutingTestbed.Parameter(status, "receiver-known-down") == "true");
        Assert.NotEqual("delivered", RoutingTestbed.Parameter(status, "state"));
    }

    private static async Task<string> AcceptAsync(HttpClient drugService)
    {
        var (_, json) = MentalHealthAndHousingSamples.Referral(Referral);
        using var accepted = await PostAsync(drugService, "/ServiceRequest", json);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var location = accepted.Content.Headers.ContentLocation!.OriginalString;
        return location[(location.LastIndexOf('/') + 1)..];
    }

    private static async Task<JsonElement> MailboxEntryAsync(HttpClient housing, string messageId)
    {
        var (status, bundle) = await GetAsync(housing, "/_mailbox?_count=200");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("searchset", bundle.GetProperty("type").GetString());
        return bundle.GetProperty("entry").EnumerateArray().Single(e => e.GetProperty("fullUrl").GetString()!.EndsWith("/_mailbox/" + messageId, StringComparison.Ordinal));
    }
}
