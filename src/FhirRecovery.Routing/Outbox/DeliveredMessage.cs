namespace FhirRecovery.Routing.Outbox;

/// <summary>A claimed message the receiver took: its answer's status and body, to be recorded as delivered.</summary>
internal sealed record DeliveredMessage(OutboxMessage Claimed, int ReceiverStatus, string? ResponseBody);
