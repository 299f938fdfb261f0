namespace FhirRecovery.Trust.Consent;

/// <summary>What the person's consents say about one disclosure.</summary>
public enum ConsentVerdict
{
    /// <summary>No active consent speaks to this disclosure; the gateway's configured default applies.</summary>
    NoConsentRecorded,

    /// <summary>An active consent permits it and none refuses it.</summary>
    Permitted,

    /// <summary>An active consent refuses it (most restrictive wins).</summary>
    Refused,

    /// <summary>Refused, but a valid override was given; the caller must audit it.</summary>
    OverriddenRefusal,
}

/// <summary>The verdict, the consent that decided it and a message safe to return to the sender
/// (it names the consent and the service type, never the person).</summary>
public sealed record ConsentDecision(ConsentVerdict Verdict, string? DecidingConsentId, string Explanation)
{
    public bool AllowsSharing(bool permitWhenNoConsent) => Verdict switch
    {
        ConsentVerdict.Permitted or ConsentVerdict.OverriddenRefusal => true,
        ConsentVerdict.NoConsentRecorded => permitWhenNoConsent,
        _ => false,
    };
}
