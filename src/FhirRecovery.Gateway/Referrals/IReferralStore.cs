namespace FhirRecovery.Gateway.Referrals;

/// <summary>The referrals the gateway routed, in the outbox's own database (SQLite file or PostgreSQL schema).</summary>
internal interface IReferralStore
{
    Task<ReferralRecord?> FindAsync(string referralId, CancellationToken cancellationToken);

    /// <summary>Records a routed referral; a repeat by the same referrer updates the receiver and message id, and a
    /// record of another referrer is never overwritten (false).</summary>
    Task<bool> RecordReferralAsync(ReferralRecord referral, CancellationToken cancellationToken);

    /// <summary>Keeps the receiver's latest Task for the referral.</summary>
    Task RecordTaskAsync(string referralId, string status, string? statusReason, DateTimeOffset at, string body, string contentType, CancellationToken cancellationToken);

    /// <summary>Puts a record back as it was (undoing a synchronous forward that failed).</summary>
    Task RestoreAsync(ReferralRecord previous, CancellationToken cancellationToken);

    /// <summary>Forgets a referral (undoing a first synchronous forward that failed).</summary>
    Task DeleteAsync(string referralId, CancellationToken cancellationToken);
}
