namespace FhirRecovery.Gateway.Referrals;

/// <summary>
/// What the gateway remembers of a referral it routed: who referred (the authenticated sender, not what the payload
/// claims), to whom, and the receiver's latest Task. The Task is kept as received (validated against referral-task);
/// it is workflow state (status, reason, owner), not the referral's clinical content, which the gateway does not keep.
/// </summary>
/// <param name="ReferralId">The ServiceRequest's logical id, as the referrer sent it.</param>
/// <param name="MessageId">The outbox message id when the referral was accepted for delivery (its /_status/{id}).</param>
internal sealed record ReferralRecord(
    string ReferralId,
    string ReferrerOrganizationId,
    string ReferrerOds,
    string ReceiverOrganizationId,
    string ReceiverEndpointId,
    string? MessageId,
    DateTimeOffset SentAt,
    string? TaskStatus = null,
    string? TaskStatusReason = null,
    DateTimeOffset? TaskUpdatedAt = null,
    string? TaskBody = null,
    string? TaskContentType = null)
{
    /// <summary>Task statuses after which the receiver may not change the referral any more.</summary>
    public static readonly IReadOnlySet<string> ClosedStatuses = new HashSet<string>(StringComparer.Ordinal)
    {
        "rejected", "completed", "cancelled", "failed", "entered-in-error",
    };

    public bool IsClosed => TaskStatus is { } status && ClosedStatuses.Contains(status);
}
