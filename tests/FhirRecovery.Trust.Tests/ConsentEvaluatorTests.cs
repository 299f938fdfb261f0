using FhirRecovery.Trust.Consent;
using Hl7.Fhir.Model;
using FhirConsent = Hl7.Fhir.Model.Consent;

namespace FhirRecovery.Trust.Tests;

public sealed class ConsentEvaluatorTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static ShareRequest To(string serviceType, string? ods = null) => new(serviceType, ods, null, s_now);

    private static FhirConsent Consent(string id, FhirConsent.ConsentProvisionType baseRule, params FhirConsent.provisionComponent[] exceptions) => new()
    {
        Id = id,
        Status = FhirConsent.ConsentState.Active,
        Provision = new FhirConsent.provisionComponent { Type = baseRule, Provision = [.. exceptions] },
    };

    private static FhirConsent.provisionComponent Deny(string serviceType, Period? period = null) => new()
    {
        Type = FhirConsent.ConsentProvisionType.Deny,
        Period = period,
        Code = [new CodeableConcept(ConsentEvaluator.ServiceTypeSystem, serviceType)],
    };

    [Fact]
    public void Evaluate_NoConsents_SaysNoConsentRecorded()
    {
        var decision = ConsentEvaluator.Evaluate([], To("mental-health"));

        Assert.Equal(ConsentVerdict.NoConsentRecorded, decision.Verdict);
        Assert.False(decision.AllowsSharing(permitWhenNoConsent: false));
        Assert.True(decision.AllowsSharing(permitWhenNoConsent: true));
    }

    [Fact]
    public void Evaluate_PermitWithDenyForHousing_RefusesHousingOnly()
    {
        var consent = Consent("c1", FhirConsent.ConsentProvisionType.Permit, Deny("housing"));

        Assert.Equal(ConsentVerdict.Refused, ConsentEvaluator.Evaluate([consent], To("housing")).Verdict);
        Assert.Equal(ConsentVerdict.Permitted, ConsentEvaluator.Evaluate([consent], To("mental-health")).Verdict);
    }

    [Fact]
    public void Evaluate_DenyProvisionOutsideItsPeriod_DoesNotApply()
    {
        var expired = Deny("housing", new Period { Start = "2025-01-01", End = "2026-10-31" });
        var consent = Consent("c1", FhirConsent.ConsentProvisionType.Permit, expired);

        Assert.Equal(ConsentVerdict.Permitted, ConsentEvaluator.Evaluate([consent], To("housing")).Verdict);
    }

    [Fact]
    public void Evaluate_PeriodEndingToday_StillAppliesAllDay()
    {
        var endsToday = Deny("housing", new Period { Start = "2026-01-01", End = "2026-11-23" });
        var consent = Consent("c1", FhirConsent.ConsentProvisionType.Permit, endsToday);

        Assert.Equal(ConsentVerdict.Refused, ConsentEvaluator.Evaluate([consent], To("housing")).Verdict);
    }

    [Fact]
    public void Evaluate_OnePermitsOneRefuses_MostRestrictiveWins()
    {
        var permits = Consent("c1", FhirConsent.ConsentProvisionType.Permit);
        var refuses = Consent("c2", FhirConsent.ConsentProvisionType.Permit, Deny("mental-health"));

        var decision = ConsentEvaluator.Evaluate([permits, refuses], To("mental-health"));

        Assert.Equal(ConsentVerdict.Refused, decision.Verdict);
        Assert.Equal("c2", decision.DecidingConsentId);
    }

    [Fact]
    public void Evaluate_InactiveConsent_IsIgnored()
    {
        var refuses = Consent("c1", FhirConsent.ConsentProvisionType.Deny);
        refuses.Status = FhirConsent.ConsentState.Inactive;

        Assert.Equal(ConsentVerdict.NoConsentRecorded, ConsentEvaluator.Evaluate([refuses], To("housing")).Verdict);
    }

    [Fact]
    public void Evaluate_BaseDenyWithPermitForPrimaryCare_PermitsOnlyPrimaryCare()
    {
        var consent = Consent("c1", FhirConsent.ConsentProvisionType.Deny, new FhirConsent.provisionComponent
        {
            Type = FhirConsent.ConsentProvisionType.Permit,
            Code = [new CodeableConcept(ConsentEvaluator.ServiceTypeSystem, "primary-care")],
        });

        Assert.Equal(ConsentVerdict.Permitted, ConsentEvaluator.Evaluate([consent], To("primary-care")).Verdict);
        Assert.Equal(ConsentVerdict.Refused, ConsentEvaluator.Evaluate([consent], To("housing")).Verdict);
    }

    [Fact]
    public void Evaluate_DenyForOneOrganisationByOds_RefusesThatOrganisationOnly()
    {
        var consent = Consent("c1", FhirConsent.ConsentProvisionType.Permit, new FhirConsent.provisionComponent
        {
            Type = FhirConsent.ConsentProvisionType.Deny,
            Actor = [new FhirConsent.provisionActorComponent
            {
                Role = new CodeableConcept("http://terminology.hl7.org/CodeSystem/v3-ParticipationType", "IRCP"),
                Reference = new ResourceReference { Identifier = new Identifier(ConsentEvaluator.OdsSystem, "RX4") },
            }],
        });

        Assert.Equal(ConsentVerdict.Refused, ConsentEvaluator.Evaluate([consent], To("mental-health", "RX4")).Verdict);
        Assert.Equal(ConsentVerdict.Permitted, ConsentEvaluator.Evaluate([consent], To("mental-health", "RT1")).Verdict);
    }

    [Theory]
    [InlineData("", ConsentVerdict.Refused)]
    [InlineData("   ", ConsentVerdict.Refused)]
    [InlineData("Court order 2026/114 requires disclosure", ConsentVerdict.OverriddenRefusal)]
    public void Evaluate_RefusalWithOverride_NeedsAReason(string reason, ConsentVerdict expected)
    {
        var consent = Consent("c1", FhirConsent.ConsentProvisionType.Permit, Deny("housing"));

        var decision = ConsentEvaluator.Evaluate([consent], To("housing"), new ShareOverride(OverrideGround.LegalDuty, reason));

        Assert.Equal(expected, decision.Verdict);
    }
}
