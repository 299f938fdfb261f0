namespace FhirRecovery.Routing.Outbox;

/// <summary>
/// What the SQLite and PostgreSQL stores share: every operation runs the same statements through
/// <see cref="RelationalOutbox"/>; a store adds only its connections, its schema and, where it pays, its own acceptance path.
/// </summary>
public abstract class RelationalOutboxStore : IOutboxStore, IOutboxMailbox
{
    private protected RelationalOutboxStore()
    {
    }

    /// <summary>Set once by the store's constructor.</summary>
    private protected RelationalOutbox Outbox { get; init; } = null!;

    public abstract Task InitializeAsync(CancellationToken cancellationToken);

    public virtual Task<EnqueueResult> EnqueueAsync(OutboxEnqueueRequest request, CancellationToken cancellationToken) =>
        Outbox.EnqueueAsync(request, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(string workerId, int maxMessages, CancellationToken cancellationToken) =>
        ClaimDueAsync(workerId, maxMessages, [], cancellationToken);

    public virtual Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(
        string workerId, int maxMessages, IReadOnlyCollection<string> skippedReceivers, CancellationToken cancellationToken) =>
        Outbox.ClaimDueAsync(workerId, maxMessages, skippedReceivers, cancellationToken);

    public Task<int> ExpediteReceiverAsync(string receiverEndpointId, CancellationToken cancellationToken) =>
        Outbox.ExpediteReceiverAsync(receiverEndpointId, cancellationToken);

    public virtual Task<bool> MarkDeliveredAsync(OutboxMessage claimed, int receiverStatus, string? responseBody, CancellationToken cancellationToken) =>
        Outbox.MarkDeliveredAsync(claimed, receiverStatus, responseBody, cancellationToken);

    public Task<OutboxState?> MarkAttemptFailedAsync(OutboxMessage claimed, string lastError, bool permanent, CancellationToken cancellationToken) =>
        Outbox.MarkAttemptFailedAsync(claimed, lastError, permanent, cancellationToken);

    public Task<bool> ReplayDeadLetterAsync(string messageId, CancellationToken cancellationToken) =>
        Outbox.ReplayDeadLetterAsync(messageId, cancellationToken);

    public Task<IReadOnlyList<OutboxMessageStatus>> ListByStateAsync(OutboxState state, int limit, CancellationToken cancellationToken) =>
        Outbox.ListByStateAsync(state, limit, cancellationToken);

    public Task<OutboxMessageStatus?> GetStatusAsync(string messageId, CancellationToken cancellationToken) =>
        Outbox.GetStatusAsync(messageId, cancellationToken);

    public Task<IReadOnlyList<HeldMessage>> ListHeldAsync(string receiverEndpointId, int limit, CancellationToken cancellationToken) =>
        Outbox.Mailbox.ListHeldAsync(receiverEndpointId, limit, cancellationToken);

    public Task<HeldMessage?> FindHeldAsync(string messageId, CancellationToken cancellationToken) =>
        Outbox.Mailbox.FindHeldAsync(messageId, cancellationToken);

    public Task<bool> AcknowledgeAsync(string messageId, string receiverEndpointId, int receiverStatus, string? note, CancellationToken cancellationToken) =>
        Outbox.Mailbox.AcknowledgeAsync(messageId, receiverEndpointId, receiverStatus, note, cancellationToken);
}
