namespace FhirRecovery.Trust.Consent;

/// <summary>Why a refusal may be overridden: the two grounds the gateway recognises.</summary>
public enum OverrideGround
{
    /// <summary>A legal duty to disclose (e.g. a court order or statutory safeguarding duty).</summary>
    LegalDuty,

    /// <summary>The person's vital interests (e.g. imminent risk of overdose death) when they cannot consent.</summary>
    VitalInterest,
}

/// <summary>A sender's documented override of a refusal. The reason is mandatory and is audited.</summary>
public sealed record ShareOverride(OverrideGround Ground, string Reason);
