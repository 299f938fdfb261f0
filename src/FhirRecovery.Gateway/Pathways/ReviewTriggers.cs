using System.Globalization;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Pathways;

/// <summary>
/// "Review follows the person" (docs/pathways/review-follows-the-person.md says exactly what triggers it):
/// <list type="bullet">
/// <item><c>use-on-top</c>: a final (or amended, corrected) TOP Outcome in the message records illicit opioid use
/// (<c>top-opioids-days</c> above 0) and the message shows the person on OST (an active MedicationStatement for an OST
/// medicine) that started no later than the start of the TOP's 28-day window, so the use happened on top of OST.</item>
/// <item><c>scheduled</c>: an active recovery care plan in the message has a next review date before today (UTC,
/// from the gateway's TimeProvider).</item>
/// </list>
/// Pure: no I/O, no logging.
/// </summary>
internal static class ReviewTriggers
{
    private const int TopWindowDays = 28;

    public static IReadOnlyList<ReviewFinding> Evaluate(Bundle bundle, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        var findings = new List<ReviewFinding>();
        var ostStarts = bundle.Entry.Select(e => e.Resource).OfType<MedicationStatement>().Where(IsCurrentOst).Select(OstStart).ToList();
        for (var i = 0; i < bundle.Entry.Count; i++)
        {
            switch (bundle.Entry[i].Resource)
            {
                case Observation top when UseOnTop(top, ostStarts) is { } component:
                    findings.Add(new ReviewFinding(PathwayCodes.UseOnTop,
                        "Use on top: this TOP records illicit opioid use in the past 28 days while the person is on OST. OST is not working " +
                        "as it should: review and optimise treatment (dose, supervision, drug testing, psychosocial support). ACMD (2015), 'Addressing use on top'.",
                        $"Bundle.entry[{i}].resource.component[{component}]"));
                    break;
                case CarePlan plan when ReviewOverdue(plan, today):
                    findings.Add(new ReviewFinding(PathwayCodes.ScheduledReview,
                        "Review overdue: the recovery care plan's next review date has passed. Review and adapt the plan. Medications in recovery (2012) 3.4.",
                        $"Bundle.entry[{i}].resource.extension('{PathwayCodes.NextReviewDateUrl}')"));
                    break;
            }
        }

        return findings;
    }

    private static bool IsCurrentOst(MedicationStatement statement) =>
        statement.Status == MedicationStatement.MedicationStatusCodes.Active
        && statement.Medication is CodeableConcept medicine
        && medicine.Coding.Exists(c => c.System == PathwayCodes.OstMedicineSystem && c.Code is { } code && PathwayCodes.OstMedicines.Contains(code));

    // An active OST statement without a start is taken as OST throughout: "active" says the person is on it now.
    private static DateOnly OstStart(MedicationStatement statement)
    {
        var start = statement.Effective switch
        {
            Period period => period.Start,
            FhirDateTime at => at.Value,
            _ => null,
        };
        return ParseDate(start) ?? DateOnly.MinValue;
    }

    private static int? UseOnTop(Observation top, List<DateOnly> ostStarts)
    {
        if (!top.Code.Coding.Exists(c => c.System == PathwayCodes.TopItemSystem && c.Code == PathwayCodes.TopPanel)
            || top.Status is not (ObservationStatus.Final or ObservationStatus.Amended or ObservationStatus.Corrected)
            || ParseDate((top.Effective as FhirDateTime)?.Value) is not { } interview)
        {
            return null;
        }

        var index = top.Component.FindIndex(c => c.Code.Coding.Exists(x => x.System == PathwayCodes.TopItemSystem && x.Code == PathwayCodes.TopOpioidsDays));
        var usedOnTop = index >= 0 && top.Component[index].Value is Integer { Value: > 0 }
            && ostStarts.Exists(start => start <= interview.AddDays(-TopWindowDays));
        return usedOnTop ? index : null;
    }

    private static bool ReviewOverdue(CarePlan plan, DateOnly today) =>
        plan.Status == RequestStatus.Active
        && ParseDate(plan.GetExtensionValue<Date>(PathwayCodes.NextReviewDateUrl)?.Value) is { } next
        && next < today;

    private static DateOnly? ParseDate(string? value) =>
        value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;
}
