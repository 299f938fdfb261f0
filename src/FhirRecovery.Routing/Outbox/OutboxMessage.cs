namespace FhirRecovery.Routing.Outbox;

/// <summary>A message claimed by a worker: what the transport needs to send it, and the lease that proves the claim.</summary>
/// <param name="Sequence">The acceptance order in the store.</param>
/// <param name="Id">The message id (the status resource id).</param>
/// <param name="AttemptCount">Attempts so far, this one included.</param>
/// <param name="RetryWindowStart">When the current retry window began: acceptance, or the last replay. Max age counts from here.</param>
public sealed record OutboxMessage(
    long Sequence,
    string Id,
    string SenderId,
    string IdempotencyKey,
    string ReceiverEndpointId,
    string PatientKey,
    string PayloadKind,
    string RequestPath,
    string ContentType,
    string Body,
    string? CorrelationId,
    int AttemptCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset RetryWindowStart,
    string LeaseOwner,
    DateTimeOffset LeaseExpiresAt);
