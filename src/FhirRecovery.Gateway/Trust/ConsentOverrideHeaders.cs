using FhirRecovery.Trust.Consent;

namespace FhirRecovery.Gateway.Trust;

/// <summary>
/// The documented override of a consent refusal: <c>X-Consent-Override: legal-duty</c> or <c>vital-interest</c>, with
/// <c>X-Consent-Override-Reason: ...</c>. An override without a reason, or with an unknown ground, is refused.
/// </summary>
internal static class ConsentOverrideHeaders
{
    public const string Ground = "X-Consent-Override";
    public const string Reason = "X-Consent-Override-Reason";
    public const int MaxReasonLength = 1000;

    /// <summary>Null when no override was asked for; otherwise the override, or a problem with it.</summary>
    public static OverrideRequest? Read(HttpRequest request)
    {
        var ground = request.Headers[Ground].ToString().Trim();
        if (ground.Length == 0)
        {
            return null;
        }

        OverrideGround? parsed = ground.ToLowerInvariant() switch
        {
            "legal-duty" => OverrideGround.LegalDuty,
            "vital-interest" => OverrideGround.VitalInterest,
            _ => null,
        };
        if (parsed is null)
        {
            return new OverrideRequest(null, $"{Ground} must be 'legal-duty' or 'vital-interest'.");
        }

        var reason = request.Headers[Reason].ToString().Trim();
        if (reason.Length == 0)
        {
            return new OverrideRequest(null, $"An override must give its reason in {Reason}.");
        }

        return reason.Length > MaxReasonLength
            ? new OverrideRequest(null, $"{Reason} is longer than {MaxReasonLength} characters.")
            : new OverrideRequest(new ShareOverride(parsed.Value, reason), null);
    }
}

/// <summary>A valid override, or the problem that makes it invalid.</summary>
internal sealed record OverrideRequest(ShareOverride? Override, string? Problem);
