namespace FhirRecovery.Routing.Outbox;

/// <summary>
/// The outbox seen from a receiver with no server of its own (an Endpoint of connection type fhir-mailbox): messages
/// for it are accepted as <see cref="OutboxState.HeldForPickup"/>, never sent, and stay until the receiver fetches
/// and acknowledges them. Implemented by both relational stores on the outbox table itself, so a held message is as
/// durable as any other and the sender's status resource shows where it is.
/// </summary>
public interface IOutboxMailbox
{
    /// <summary>Held messages for one endpoint, oldest first (acceptance order).</summary>
    Task<IReadOnlyList<HeldMessage>> ListHeldAsync(string receiverEndpointId, int limit, CancellationToken cancellationToken);

    /// <summary>A held message by id, or null when there is none or it is no longer held (acknowledged).</summary>
    Task<HeldMessage?> FindHeldAsync(string messageId, CancellationToken cancellationToken);

    /// <summary>Marks a held message for that endpoint delivered, keeping the receiver's status and note. False when
    /// it is not held for that endpoint (unknown, someone else's, or already acknowledged).</summary>
    Task<bool> AcknowledgeAsync(string messageId, string receiverEndpointId, int receiverStatus, string? note, CancellationToken cancellationToken);
}
