namespace FhirRecovery.Routing.Outbox;

/// <summary>A message waiting in a mailbox: what the receiver collects (the body as the sender sent it).</summary>
public sealed record HeldMessage(
    long Sequence,
    string Id,
    string SenderId,
    string IdempotencyKey,
    string ReceiverEndpointId,
    string PayloadKind,
    string RequestPath,
    string ContentType,
    string Body,
    string? CorrelationId,
    DateTimeOffset CreatedAt);
