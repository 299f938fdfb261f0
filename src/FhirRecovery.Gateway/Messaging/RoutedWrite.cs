using FhirRecovery.Routing.ServiceDirectory;

namespace FhirRecovery.Gateway.Messaging;

/// <summary>A routed write for one receiver endpoint: <see cref="MessageId"/> when accepted into the outbox
/// (<see cref="Held"/> when held for a mailbox); null for a synchronous forward.</summary>
internal sealed record RoutedWrite(RoutedPayload Payload, RoutedSend Send, DirectoryEndpoint Endpoint, string? MessageId, bool Held);
