namespace FhirRecovery.Routing.Outbox;

/// <summary>The stored message, and whether this call created it (false: the same sender and key were accepted before).</summary>
public sealed record EnqueueResult(OutboxMessageStatus Message, bool Created);
