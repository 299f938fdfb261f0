using System.Net;
using System.Text.Json;
using FhirRecovery.Gateway.Tests.Infrastructure;

namespace FhirRecovery.Gateway.Tests.Pathways;

/// <summary>
/// Prison release OST handover end to end: the prison (FRP01, real token) posts the handover; the gateway validates it,
/// checks the release area, asks the real trust gate, stores and forwards it to Northside (FRD01); Northside's
/// acknowledgement comes back through the gateway to the prison and is recorded on the handover's status resource.
/// Each test uses its own person (NHS number) so that per-patient ordering in the outbox keeps the tests independent.
/// </summary>
public sealed class ReleaseHandoverEndToEndTests(PathwayTestbed bed) : IClassFixture<PathwayTestbed>
{
    private const string Prison = "FRP01";
    private const string Northside = "FRD01";

    [Fact]
    public async Task ProcessMessage_HandoverThenAcknowledgement_RelayedToPrisonAndRecordedWithFirstAppointment()
    {
        using var prison = bed.CreateClient(Prison, "system/Bundle.c");
        using var northside = bed.CreateClient(Northside, "system/Bundle.c");
        var identifier = Guid.NewGuid().ToString();
        var requestId = Guid.NewGuid().ToString("N");
        using var handover = await PathwayHttp.PostMessageAsync(prison,
            PathwayExamples.Handover(bed.Time.GetUtcNow().AddDays(3), "9990000018", identifier), requestId);
        Assert.Equal(HttpStatusCode.Accepted, handover.StatusCode);
        var statusPath = handover.Content.Headers.ContentLocation!.OriginalString;

        var delivered = await bed.AdvanceUntilStateAsync(prison, statusPath, "delivered");
        Assert.Equal(1, bed["northside"].CountOf(requestId));
        Assert.Equal("awaiting-acknowledgement", RoutingTestbed.Parameter(delivered, "handover-state"));

        var appointment = bed.Time.GetUtcNow().AddDays(3).AddHours(3);
        var ackRequestId = Guid.NewGuid().ToString("N");
        using var ack = await PathwayHttp.PostMessageAsync(northside, PathwayExamples.Acknowledgement(identifier, appointment), ackRequestId);

        Assert.True(ack.StatusCode == HttpStatusCode.Created, await ack.Content.ReadAsStringAsync());
        var relayed = Assert.Single(bed["prison"].Received, r => r.RequestId == ackRequestId);
        Assert.Equal("$process-message", relayed.Path);
        Assert.Contains(identifier, relayed.Body, StringComparison.Ordinal);
        // Recorded once the prison has taken the relayed answer, which may be a moment after the drug service has it.
        var status = await PathwayHttp.WaitForParameterAsync(prison, statusPath, "handover-state", "acknowledged");
        Assert.Equal("ok", RoutingTestbed.Parameter(status, "acknowledgement-code"));
        Assert.Equal(PathwayExamples.Instant(appointment), RoutingTestbed.Parameter(status, "first-appointment"));
    }

    [Fact]
    public async Task ProcessMessage_AcknowledgementFromAnotherDrugService_RelayedButNotRecorded()
    {
        using var prison = bed.CreateClient(Prison, "system/Bundle.c");
        using var southside = bed.CreateClient("FRD02", "system/Bundle.c");
        var identifier = Guid.NewGuid().ToString();
        var (statusPath, _) = await PathwayHttp.AcceptAsync(prison, PathwayExamples.Handover(bed.Time.GetUtcNow().AddDays(3), "9990000107", identifier));
        await bed.AdvanceUntilStateAsync(prison, statusPath, "delivered");

        using var ack = await PathwayHttp.PostMessageAsync(southside, PathwayExamples.Acknowledgement(identifier, bed.Time.GetUtcNow().AddDays(3)), respondAsync: true);

        // Southside may answer prisons (permissions), but it did not receive this handover: the prison still waits.
        Assert.Equal(HttpStatusCode.Accepted, ack.StatusCode);
        await bed.AdvanceUntilStateAsync(southside, ack.Content.Headers.ContentLocation!.OriginalString, "delivered");
        Assert.Equal("awaiting-acknowledgement", RoutingTestbed.Parameter(await PathwayHttp.GetJsonAsync(prison, statusPath), "handover-state"));
    }

    [Fact]
    public async Task ProcessMessage_AcknowledgementRefusingTheHandover_StatusShowsNotAccepted()
    {
        using var prison = bed.CreateClient(Prison, "system/Bundle.c");
        using var northside = bed.CreateClient(Northside, "system/Bundle.c");
        var identifier = Guid.NewGuid().ToString();
        var (statusPath, _) = await PathwayHttp.AcceptAsync(prison, PathwayExamples.Handover(bed.Time.GetUtcNow().AddDays(3), "9990000115", identifier));

        using var ack = await PathwayHttp.PostMessageAsync(northside,
            PathwayExamples.Acknowledgement(identifier, bed.Time.GetUtcNow().AddDays(3), "fatal-error"), respondAsync: true);

        Assert.Equal(HttpStatusCode.Accepted, ack.StatusCode);
        var status = await PathwayHttp.WaitForParameterAsync(prison, statusPath, "handover-state", "not-accepted");
        Assert.Equal("fatal-error", RoutingTestbed.Parameter(status, "acknowledgement-code"));
    }

    [Fact]
    public async Task ProcessMessage_ReceiverDown_PrisonNotBlockedAndHandoverDeliveredOnceWhenBack()
    {
        using var prison = bed.CreateClient(Prison, "system/Bundle.c");
        var requestId = Guid.NewGuid().ToString("N");
        await bed["northside"].StopAsync();
        string statusPath;
        try
        {
            using var handover = await PathwayHttp.PostMessageAsync(prison, PathwayExamples.Handover(bed.Time.GetUtcNow().AddDays(3), "9990000026"), requestId);
            Assert.Equal(HttpStatusCode.Accepted, handover.StatusCode);
            statusPath = handover.Content.Headers.ContentLocation!.OriginalString;
            var failing = await bed.AdvanceUntilStateAsync(prison, statusPath, "failed");
            Assert.NotNull(RoutingTestbed.Parameter(failing, "last-error"));
        }
        finally
        {
            await bed["northside"].StartAsync();
        }

        var delivered = await bed.AdvanceUntilStateAsync(prison, statusPath, "delivered");

        Assert.Equal("201", RoutingTestbed.Parameter(delivered, "receiver-status"));
        Assert.Equal(1, bed["northside"].CountOf(requestId));
    }

    [Fact]
    public async Task ProcessMessage_SecondHandoverWhileFirstQueued_ReceiverEndsWithOnlyTheSecond()
    {
        const string person = "9990000034";
        using var prison = bed.CreateClient(Prison, "system/Bundle.c");
        var release = bed.Time.GetUtcNow().AddDays(3);
        var (first, second) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        await bed["northside"].StopAsync();
        string firstStatus;
        (string Path, JsonElement Outcome) secondAccepted;
        try
        {
            (firstStatus, _) = await PathwayHttp.AcceptAsync(prison, PathwayExamples.Handover(release, person, first));
            await bed.AdvanceUntilStateAsync(prison, firstStatus, "failed");
            // The corrected handover: same person, same custody and release, a later release time.
            secondAccepted = await PathwayHttp.AcceptAsync(prison, PathwayExamples.Handover(release.AddHours(1), person, second));
        }
        finally
        {
            await bed["northside"].StartAsync();
        }

        Assert.Contains(FhirHttp.Issues(secondAccepted.Outcome), i => i.Text.Contains("replaces handover " + firstStatus, StringComparison.Ordinal));
        await bed.AdvanceUntilStateAsync(prison, secondAccepted.Path, "delivered");
        var firstNow = await PathwayHttp.GetJsonAsync(prison, firstStatus);

        Assert.Equal("superseded", RoutingTestbed.Parameter(firstNow, "state"));
        Assert.Equal(secondAccepted.Path["/_status/".Length..], RoutingTestbed.Parameter(firstNow, "superseded-by"));
        Assert.Null(RoutingTestbed.Parameter(firstNow, "receiver-status"));
        var handovers = bed["northside"].Received.Where(r => r.Body.Contains(person, StringComparison.Ordinal)).ToList();
        var only = Assert.Single(handovers);
        Assert.Contains(second, only.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(bed.Logs.RenderAll(), l => l.Contains(person, StringComparison.Ordinal) || l.Contains("Morgan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ProcessMessage_LastDoseAfterRelease_Is422AndNothingSent()
    {
        using var prison = bed.CreateClient(Prison, "system/Bundle.c");
        var release = bed.Time.GetUtcNow().AddDays(3);
        var requestId = Guid.NewGuid().ToString("N");
        var invalid = PathwayExamples.Handover(release, "9990000042", edit: bundle =>
        {
            foreach (var entry in bundle["entry"]!.AsArray().Where(e => e!["resource"]!["resourceType"]!.GetValue<string>() == "MedicationAdministration"))
            {
                entry!["resource"]!["effectiveDateTime"] = PathwayExamples.Instant(release.AddHours(2));
            }
        });

        using var response = await PathwayHttp.PostMessageAsync(prison, invalid, requestId);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var outcome = await FhirHttp.ReadJsonResourceAsync(response, "OperationOutcome");
        Assert.Contains(FhirHttp.Issues(outcome), i => i.IsError && i.Text.Contains("rh-last-dose-before-release", StringComparison.Ordinal));
        Assert.Equal(0, bed["northside"].CountOf(requestId));
    }

    [Fact]
    public async Task ProcessMessage_ReleaseAreaCoveredByAnotherDrugService_Is422NamingIt()
    {
        using var prison = bed.CreateClient(Prison, "system/Bundle.c");
        var requestId = Guid.NewGuid().ToString("N");
        var southArea = PathwayExamples.Handover(bed.Time.GetUtcNow().AddDays(3), "9990000050", edit: bundle =>
        {
            var episode = bundle["entry"]!.AsArray().First(e => e!["resource"]!["resourceType"]!.GetValue<string>() == "EpisodeOfCare")!["resource"]!;
            episode["extension"]!.AsArray().First(x => x!["url"]!.GetValue<string>().EndsWith("/release-area", StringComparison.Ordinal))!
                ["valueReference"]!["reference"] = "Location/release-area-south";
        });

        using var response = await PathwayHttp.PostMessageAsync(prison, southArea, requestId);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var issue = Assert.Single(FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(response, "OperationOutcome")));
        Assert.Equal("business-rule", issue.Code);
        Assert.Contains("southside-cds", issue.Text, StringComparison.Ordinal);
        Assert.Equal(0, bed["northside"].CountOf(requestId) + bed["southside"].CountOf(requestId));
    }

    [Fact]
    public async Task ProcessMessage_ReleaseToTheSouthAddressedToSouthside_DeliveredToSouthside()
    {
        using var prison = bed.CreateClient(Prison, "system/Bundle.c");
        var requestId = Guid.NewGuid().ToString("N");
        var toSouthside = PathwayExamples.Handover(bed.Time.GetUtcNow().AddDays(3), "9990000123", edit: bundle =>
        {
            var entries = bundle["entry"]!.AsArray();
            entries[0]!["resource"]!["destination"]![0]!["receiver"]!["reference"] = "Organization/southside-cds";
            var episode = entries.First(e => e!["resource"]!["resourceType"]!.GetValue<string>() == "EpisodeOfCare")!["resource"]!;
            episode["extension"]!.AsArray().First(x => x!["url"]!.GetValue<string>().EndsWith("/release-area", StringComparison.Ordinal))!
                ["valueReference"]!["reference"] = "Location/release-area-south";
        });

        using var response = await PathwayHttp.PostMessageAsync(prison, toSouthside, requestId);

        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        await bed.AdvanceUntilStateAsync(prison, response.Content.Headers.ContentLocation!.OriginalString, "delivered");
        Assert.Equal(1, bed["southside"].CountOf(requestId));
        Assert.Equal(0, bed["northside"].CountOf(requestId));
    }

    [Fact]
    public async Task ProcessMessage_ConsentRefusesDrugService_Is403AndNothingQueued()
    {
        const string person = "9990000069";
        using var prison = bed.CreateClient(Prison, "system/Bundle.c", "system/Consent.c");
        await PathwayHttp.RegisterConsentAsync(prison, PathwayExamples.ConsentRefusing(person, "community-drug-service", "northside-cds"));
        var requestId = Guid.NewGuid().ToString("N");

        using var response = await PathwayHttp.PostMessageAsync(prison, PathwayExamples.Handover(bed.Time.GetUtcNow().AddDays(3), person), requestId);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("forbidden", Assert.Single(FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(response, "OperationOutcome"))).Code);
        bed.Time.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(0, bed["northside"].CountOf(requestId));
    }
}
