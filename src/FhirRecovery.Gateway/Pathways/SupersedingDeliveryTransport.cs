using FhirRecovery.Routing.Delivery;
using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.ServiceDirectory;

namespace FhirRecovery.Gateway.Pathways;

/// <summary>
/// Wraps the delivery transport: a release handover that a later handover of the same person and release superseded
/// while it waited in the outbox is withheld (recorded as withheld, never sent), so the receiver gets only the latest.
/// Ordering per patient and receiver means the later one is sent right after. Everything else passes through.
/// </summary>
internal sealed class SupersedingDeliveryTransport(IDeliveryTransport inner, HandoverStore handovers, TimeProvider time, ILogger<SupersedingDeliveryTransport> logger)
    : IDeliveryTransport
{
    public const string HandoverKind = "Bundle/message:release-handover";

    /// <summary>The status the outbox records for a withheld handover (no receiver answered it).</summary>
    public const int WithheldStatus = 204;

    public async Task<DeliveryAttemptResult> SendAsync(OutboxMessage message, DirectoryEndpoint endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.PayloadKind == HandoverKind
            && await handovers.WithholdIfSupersededAsync(message.Id, time.GetUtcNow(), cancellationToken) is { } supersededBy)
        {
            Log.HandoverWithheld(logger, message.Id, supersededBy);
            return new DeliveryAttemptResult.Delivered(WithheldStatus, null);
        }

        return await inner.SendAsync(message, endpoint, cancellationToken);
    }
}
