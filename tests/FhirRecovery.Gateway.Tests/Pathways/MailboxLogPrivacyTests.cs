using System.Net;
using FhirRecovery.Gateway.Tests.Security;
using static FhirRecovery.Gateway.Tests.Pathways.MentalHealthAndHousingTestbed;

namespace FhirRecovery.Gateway.Tests.Pathways;

/// <summary>The referral pathways log ids, codes and states, never the person: a whole mental health and housing run
/// (referral, rejection with a reason, mailbox pickup and acknowledgement, a refused update) leaves no NHS number,
/// name or birth date in any log line.</summary>
[Collection(MentalHealthAndHousingTestGroup.Name)]
public sealed class MailboxLogPrivacyTests(MentalHealthAndHousingTestbed testbed)
{
    [Fact]
    public async Task ReferralPathways_EndToEnd_LogNoPatientData()
    {
        using var drugService = testbed.CreateClient("FRD01");
        using var trust = testbed.CreateClient("FRM01");
        using var housing = testbed.CreateClient("FRH01");
        var (mentalHealth, referral) = MentalHealthAndHousingSamples.Referral("referral-mental-health.json");
        using var referred = await PostAsync(drugService, "/ServiceRequest", referral);
        using var rejected = await PostAsync(trust, "/Task", MentalHealthAndHousingSamples.TaskFor("referral-task-mental-health-rejected.json", mentalHealth));
        using var refused = await PostAsync(housing, "/Task", MentalHealthAndHousingSamples.TaskFor("referral-task-mental-health-accepted.json", mentalHealth));
        var (_, housingReferral) = MentalHealthAndHousingSamples.Referral("referral-housing.json");
        using var held = await PostAsync(drugService, "/ServiceRequest", housingReferral);
        var location = held.Content.Headers.ContentLocation!.OriginalString;
        var messageId = location[(location.LastIndexOf('/') + 1)..];
        using var fetched = await housing.GetAsync(new Uri($"/_mailbox/{messageId}", UriKind.Relative));
        using var acknowledged = await housing.PostAsync(new Uri($"/_mailbox/{messageId}/$acknowledge", UriKind.Relative), null);

        Assert.Equal(
            [HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.Forbidden, HttpStatusCode.Accepted, HttpStatusCode.OK, HttpStatusCode.OK],
            [referred.StatusCode, rejected.StatusCode, refused.StatusCode, held.StatusCode, fetched.StatusCode, acknowledged.StatusCode]);
        await testbed.Logs.WaitForAsync(e => e.MessageTemplate.Text.Contains("acknowledged by", StringComparison.Ordinal));
        LogPrivacy.AssertNoPatientData(testbed.Logs);
    }
}
