using FhirRecovery.Routing.Audit;

namespace FhirRecovery.Gateway.Trust;

/// <summary>Turns a trust decision into the routing library's audit record, so refusals and overrides are stored with
/// the routing AuditEvents and found by <c>GET /AuditEvent</c>. Ids, kinds, rule names and the override ground only:
/// the override reason appears only as its digest, and the refusal's explanation (which may quote a consent) is left out.</summary>
internal static class TrustAuditRecords
{
    public const string RefusedDecision = "refused";
    public const string OverrideDecision = "consent-override";

    private const string UnknownSender = "unknown-sender";

    public static AuditRecord ToAuditRecord(TrustAuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var overridden = entry.Decision == OverrideDecision;
        return new AuditRecord(
            entry.Recorded,
            overridden ? AuditAction.ConsentOverride : AuditAction.AccessDenied,
            overridden ? AuditOutcome.Success : AuditOutcome.MinorFailure,
            entry.SenderOds ?? UnknownSender,
            entry.SenderOds,
            ReceiverEndpointId: null,
            entry.CounterpartOrganizationId,
            MessageId: null,
            entry.ResourceType,
            entry.CorrelationId,
            Detail: Detail(entry, overridden));
    }

    private static string Detail(TrustAuditEntry entry, bool overridden)
    {
        var parts = new List<string> { $"interaction={entry.Interaction}" };
        if (entry.MessageEvent is { } messageEvent)
        {
            parts.Add($"event={messageEvent}");
        }

        if (overridden)
        {
            parts.Add($"ground={entry.OverrideGround}");
            parts.Add($"reason-sha256={entry.OverrideReasonDigest}");
        }

        if (entry.DecidingConsentId is { } consent)
        {
            parts.Add($"consent={consent}");
        }

        return string.Join("; ", parts);
    }
}
