using FhirRecovery.Gateway.Pathways;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace FhirRecovery.Gateway.Tests.Pathways;

/// <summary>The review triggers on their own (pure): the boundaries the guide states, on Jordan's sample update
/// (TOP of 2 November 2026 with heroin on 4 days, buprenorphine since 15 June 2026, next review 25 January 2027).</summary>
public sealed class ReviewFlagTriggerTests
{
    private static readonly DateOnly _beforeReview = new(2026, 11, 23);

    [Fact]
    public void Evaluate_Sample_UseOnTopOnly()
    {
        var findings = ReviewTriggers.Evaluate(Sample(), _beforeReview);

        var finding = Assert.Single(findings);
        Assert.Equal("use-on-top", finding.Code);
        Assert.DoesNotContain("9991087109", finding.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_DayAfterTheNextReviewDate_AlsoScheduled()
    {
        var findings = ReviewTriggers.Evaluate(Sample(), new DateOnly(2027, 1, 26));

        Assert.Equal(["use-on-top", "scheduled"], findings.Select(f => f.Code).OrderByDescending(c => c).ToList());
    }

    [Fact]
    public void Evaluate_OnTheNextReviewDate_NotYetScheduled()
    {
        Assert.DoesNotContain(ReviewTriggers.Evaluate(Sample(), new DateOnly(2027, 1, 25)), f => f.Code == "scheduled");
    }

    [Fact]
    public void Evaluate_NaltrexoneIsNotOst_NoUseOnTop()
    {
        var bundle = Sample();
        var statement = bundle.Entry.Select(e => e.Resource).OfType<MedicationStatement>().Single();
        statement.Medication = new CodeableConcept("https://fhirrecovery.org.uk/fhir/CodeSystem/ost-medicine", "naltrexone");

        Assert.Empty(ReviewTriggers.Evaluate(bundle, _beforeReview));
    }

    [Fact]
    public void Evaluate_OstStopped_NoUseOnTop()
    {
        var bundle = Sample();
        bundle.Entry.Select(e => e.Resource).OfType<MedicationStatement>().Single().Status = MedicationStatement.MedicationStatusCodes.Stopped;

        Assert.Empty(ReviewTriggers.Evaluate(bundle, _beforeReview));
    }

    [Fact]
    public void Evaluate_PreliminaryTop_NoUseOnTop()
    {
        var bundle = Sample();
        bundle.Entry.Select(e => e.Resource).OfType<Observation>().Single().Status = ObservationStatus.Preliminary;

        Assert.Empty(ReviewTriggers.Evaluate(bundle, _beforeReview));
    }

    [Fact]
    public void Evaluate_CompletedPlanPastItsReviewDate_NotScheduled()
    {
        var bundle = Sample();
        bundle.Entry.Select(e => e.Resource).OfType<CarePlan>().Single().Status = RequestStatus.Completed;

        Assert.DoesNotContain(ReviewTriggers.Evaluate(bundle, new DateOnly(2027, 6, 1)), f => f.Code == "scheduled");
    }

    private static Bundle Sample() => new FhirJsonDeserializer().Deserialize<Bundle>(PathwayExamples.Read("shared-care-update-jordan.json"));
}
