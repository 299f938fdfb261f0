namespace FhirRecovery.Routing.Outbox;

/// <summary>
/// The durable outbox. Implementations: SQLite (default) and PostgreSQL (several replicas on one database).
/// Both pass the same test suite. See the project README for the invariants every implementation keeps.
/// </summary>
public interface IOutboxStore
{
    /// <summary>Creates the schema if it is missing. Call once at start-up.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Stores a message once per (sender, idempotency key, receiver): a repeat returns the stored message with
    /// <see cref="EnqueueResult.Created"/> false. Enforced by a unique constraint, so it holds across replicas.
    /// </summary>
    Task<EnqueueResult> EnqueueAsync(OutboxEnqueueRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="maxMessages"/> due messages for <paramref name="workerId"/> with a lease, oldest
    /// first. Never claims a message while an earlier one for the same (patient key, receiver) is undelivered.
    /// Messages whose lease expired are claimable again.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(string workerId, int maxMessages, CancellationToken cancellationToken);

    /// <summary>
    /// As <see cref="ClaimDueAsync(string, int, CancellationToken)"/>, leaving out messages for
    /// <paramref name="skippedReceivers"/> (receivers known to be down): they stay queued and spend no attempt.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(
        string workerId, int maxMessages, IReadOnlyCollection<string> skippedReceivers, CancellationToken cancellationToken);

    /// <summary>Makes every queued or failed message for the receiver due now (it is back up: no need to sit out the
    /// backoff). Returns how many messages were brought forward.</summary>
    Task<int> ExpediteReceiverAsync(string receiverEndpointId, CancellationToken cancellationToken);

    /// <summary>Records a delivery. False when the claim's lease was lost (another worker owns the message now).</summary>
    Task<bool> MarkDeliveredAsync(OutboxMessage claimed, int receiverStatus, string? responseBody, CancellationToken cancellationToken);

    /// <summary>
    /// Records a failed attempt: schedules the next one from the retry policy, or dead-letters the message when it is
    /// permanent, out of attempts or too old. Returns the new state, or null when the lease was lost.
    /// </summary>
    Task<OutboxState?> MarkAttemptFailedAsync(OutboxMessage claimed, string lastError, bool permanent, CancellationToken cancellationToken);

    /// <summary>Puts a dead letter back in the queue with a fresh retry window. False when it is not dead-lettered.</summary>
    Task<bool> ReplayDeadLetterAsync(string messageId, CancellationToken cancellationToken);

    /// <summary>Messages in one state, oldest first: for the operators' dead-letter list.</summary>
    Task<IReadOnlyList<OutboxMessageStatus>> ListByStateAsync(OutboxState state, int limit, CancellationToken cancellationToken);

    /// <summary>The message's status, or null when there is no such message.</summary>
    Task<OutboxMessageStatus?> GetStatusAsync(string messageId, CancellationToken cancellationToken);
}
