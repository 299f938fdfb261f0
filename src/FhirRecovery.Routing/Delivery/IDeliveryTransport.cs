using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.ServiceDirectory;

namespace FhirRecovery.Routing.Delivery;

/// <summary>
/// Sends one message to one endpoint. The host implements it with YARP's IHttpForwarder (this library has no HTTP).
/// Return failures as values: 2xx is <see cref="DeliveryAttemptResult.Delivered"/>; connection errors, timeouts,
/// 408, 429 and 5xx are transient; other 4xx are permanent. Send <c>X-Request-ID</c> = the message's idempotency key
/// and <c>X-Correlation-ID</c>, so a receiver can drop a repeat after a lost acknowledgement.
/// </summary>
public interface IDeliveryTransport
{
    Task<DeliveryAttemptResult> SendAsync(OutboxMessage message, DirectoryEndpoint endpoint, CancellationToken cancellationToken);
}
