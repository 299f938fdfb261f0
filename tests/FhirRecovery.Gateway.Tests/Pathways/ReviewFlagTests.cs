using System.Net;
using System.Text.Json.Nodes;
using FhirRecovery.Gateway.Tests.Infrastructure;

namespace FhirRecovery.Gateway.Tests.Pathways;

/// <summary>
/// Review follows the person (docs/pathways/review-follows-the-person.md): an accepted message whose TOP shows illicit
/// opioid use on top of OST, or whose care plan's next review date has passed (on the gateway's clock), gets an
/// informational issue coded with review-reason in the 202 OperationOutcome and a review-flag on its status resource.
/// </summary>
public sealed class ReviewFlagTests(PathwayTestbed bed) : IClassFixture<PathwayTestbed>
{
    [Fact]
    public async Task ProcessMessage_TopShowsOpioidUseOnTopOfOst_AcceptedOutcomeAndStatusFlagUseOnTop()
    {
        using var northside = bed.CreateClient("FRD01", "system/Bundle.c");

        var (statusPath, outcome) = await PathwayHttp.AcceptAsync(northside, SharedCare(reviewInDays: 30));

        Assert.Equal(["use-on-top"], PathwayHttp.ReviewIssueCodes(outcome));
        var issue = Assert.Single(FhirHttp.Issues(outcome), i => i.Text.StartsWith("Use on top", StringComparison.Ordinal));
        Assert.Equal("informational", issue.Code);
        Assert.Equal("Bundle.entry[4].resource.component[1]", Assert.Single(issue.Expressions));
        Assert.Equal(["use-on-top"], PathwayHttp.ReviewFlags(await PathwayHttp.GetJsonAsync(northside, statusPath)));
    }

    [Fact]
    public async Task ProcessMessage_CarePlanNextReviewDatePassed_FlagsScheduledReview()
    {
        using var northside = bed.CreateClient("FRD01", "system/Bundle.c");

        var (statusPath, outcome) = await PathwayHttp.AcceptAsync(northside, SharedCare(reviewInDays: -1, opioidDays: 0));

        Assert.Equal(["scheduled"], PathwayHttp.ReviewIssueCodes(outcome));
        Assert.Equal(["scheduled"], PathwayHttp.ReviewFlags(await PathwayHttp.GetJsonAsync(northside, statusPath)));
    }

    [Fact]
    public async Task ProcessMessage_ReviewDueTodayAndNoOpioidUse_NoFlag()
    {
        using var northside = bed.CreateClient("FRD01", "system/Bundle.c");

        var (statusPath, outcome) = await PathwayHttp.AcceptAsync(northside, SharedCare(reviewInDays: 0, opioidDays: 0));

        Assert.Empty(PathwayHttp.ReviewIssueCodes(outcome));
        Assert.Empty(PathwayHttp.ReviewFlags(await PathwayHttp.GetJsonAsync(northside, statusPath)));
    }

    [Fact]
    public async Task ProcessMessage_OstStartedWithinTheTopWindow_NoUseOnTopFlag()
    {
        using var northside = bed.CreateClient("FRD01", "system/Bundle.c");

        // The TOP's 28 days began before OST did: the use may have been before OST, so it is not "on top".
        var (_, outcome) = await PathwayHttp.AcceptAsync(northside, SharedCare(reviewInDays: 30, ostStartDaysBeforeTop: 10));

        Assert.Empty(PathwayHttp.ReviewIssueCodes(outcome));
    }

    [Fact]
    public async Task ProcessMessage_ReviewOverdueSample_FlagsBothReasons()
    {
        using var northside = bed.CreateClient("FRD01", "system/Bundle.c");

        var (statusPath, _) = await PathwayHttp.AcceptAsync(northside, PathwayExamples.Read("shared-care-update-review-overdue-jordan.json"));

        var flags = PathwayHttp.ReviewFlags(await PathwayHttp.GetJsonAsync(northside, statusPath));
        Assert.Contains("use-on-top", flags);
        Assert.Contains("scheduled", flags);
    }

    [Fact]
    public async Task ProcessMessage_SynchronousRelay_ReceiverAnswerUnchanged()
    {
        using var northside = bed.CreateClient("FRD01", "system/Bundle.c");

        using var response = await PathwayHttp.PostMessageAsync(northside, SharedCare(reviewInDays: 30));

        // Synchronous: the GP's own answer is relayed as it came; the review notice needs Prefer: respond-async.
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.DoesNotContain("review-reason", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Jordan's shared-care update with dates relative to the gateway's clock: the TOP today, the care plan's
    /// next review <paramref name="reviewInDays"/> from today, OST started long before (or within the TOP window).</summary>
    private string SharedCare(int reviewInDays, int opioidDays = 4, int? ostStartDaysBeforeTop = null)
    {
        var today = DateOnly.FromDateTime(bed.Time.GetUtcNow().UtcDateTime);
        var bundle = JsonNode.Parse(PathwayExamples.Read("shared-care-update-jordan.json"))!;
        bundle["identifier"]!["value"] = Guid.NewGuid().ToString();
        foreach (var entry in bundle["entry"]!.AsArray())
        {
            var resource = entry!["resource"]!;
            switch (resource["resourceType"]!.GetValue<string>())
            {
                case "Observation":
                    resource["effectiveDateTime"] = Date(today);
                    resource["component"]!.AsArray().First(c => c!["code"]!["coding"]![0]!["code"]!.GetValue<string>() == "top-opioids-days")!
                        ["valueInteger"] = opioidDays;
                    break;
                case "CarePlan":
                    resource["extension"]!.AsArray().First(x => x!["url"]!.GetValue<string>().EndsWith("/next-review-date", StringComparison.Ordinal))!
                        ["valueDate"] = Date(today.AddDays(reviewInDays));
                    break;
                case "MedicationStatement":
                    resource["effectivePeriod"]!["start"] = Date(today.AddDays(-(ostStartDaysBeforeTop ?? 200)));
                    break;
            }
        }

        return bundle.ToJsonString();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
