namespace FhirRecovery.Routing.Outbox;

/// <summary>A message to deliver to one receiver endpoint.</summary>
/// <param name="SenderId">Who sent it (the authenticated client or organisation): half of the idempotency key.</param>
/// <param name="IdempotencyKey">The sender's X-Request-ID, or the message id: the other half of the idempotency key.</param>
/// <param name="ReceiverEndpointId">The directory endpoint id.</param>
/// <param name="PatientKey">
/// An opaque, pseudonymous key for the patient (e.g. an HMAC of the NHS number, never the number itself). Messages
/// with the same patient key and receiver are delivered in the order they were accepted.
/// </param>
/// <param name="PayloadKind">What kind of content it is, e.g. <c>Bundle/message:release-handover</c> or <c>ServiceRequest</c>; used in audit.</param>
/// <param name="RequestPath">Path relative to the endpoint address, e.g. <c>$process-message</c> or <c>ServiceRequest</c>.</param>
/// <param name="HoldForPickup">True for a mailbox endpoint: stored as <see cref="OutboxState.HeldForPickup"/>, never
/// claimed by a worker, until the receiver acknowledges it through <see cref="IOutboxMailbox"/>.</param>
public sealed record OutboxEnqueueRequest(
    string SenderId,
    string IdempotencyKey,
    string ReceiverEndpointId,
    string PatientKey,
    string PayloadKind,
    string RequestPath,
    string ContentType,
    string Body,
    string? CorrelationId = null,
    bool HoldForPickup = false);
