using System.Net;
using FhirRecovery.Gateway.Tests.Infrastructure;
using static FhirRecovery.Gateway.Tests.Pathways.MentalHealthAndHousingTestbed;

namespace FhirRecovery.Gateway.Tests.Pathways;

/// <summary>The mailbox and the referral record with the outbox on PostgreSQL: the held state, the acknowledgement
/// and the referral store use the same SQL on both providers, and this proves the PostgreSQL side.</summary>
[Collection(PostgresRoutingTestGroup.Name)]
public sealed class MailboxOnPostgresTests(PostgresRoutingTestbed testbed)
{
    [Fact]
    public async Task HousingReferralOnPostgres_HeldThenAcknowledged_DeliveredAndReferralRecorded()
    {
        using var drugService = testbed.CreateClient("FRD01");
        using var housing = testbed.CreateClient("FRH01");
        var (id, json) = MentalHealthAndHousingSamples.Referral("referral-housing.json");

        using var accepted = await PostAsync(drugService, "/ServiceRequest", json);

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var location = accepted.Content.Headers.ContentLocation!.OriginalString;
        var messageId = location[(location.LastIndexOf('/') + 1)..];
        Assert.Equal("held-for-pickup", RoutingTestbed.Parameter((await GetAsync(drugService, location)).Body, "state"));
        Assert.Contains(messageId, (await GetAsync(housing, "/_mailbox?_count=200")).Body.GetRawText(), StringComparison.Ordinal);

        using var acknowledged = await housing.PostAsync(new Uri($"/_mailbox/{messageId}/$acknowledge", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.Equal("delivered", RoutingTestbed.Parameter((await GetAsync(drugService, location)).Body, "state"));
        var (status, bundle) = await GetAsync(drugService, $"/Task?focus=ServiceRequest/{id}");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(location, bundle.GetRawText(), StringComparison.Ordinal);
    }
}
