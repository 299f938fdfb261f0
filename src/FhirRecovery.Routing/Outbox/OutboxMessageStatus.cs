namespace FhirRecovery.Routing.Outbox;

/// <summary>What a sender may read about its message (no body: the status resource carries no clinical content).</summary>
public sealed record OutboxMessageStatus(
    string Id,
    string SenderId,
    string IdempotencyKey,
    string ReceiverEndpointId,
    string PayloadKind,
    string? CorrelationId,
    OutboxState State,
    int AttemptCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? NextAttemptAt,
    string? LastError,
    DateTimeOffset? DeliveredAt,
    int? ReceiverStatus,
    string? ResponseBody,
    DateTimeOffset? DeadLetteredAt);
