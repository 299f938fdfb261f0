using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.Resolution;
using FhirRecovery.Routing.ServiceDirectory;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Messaging;

/// <summary>
/// A hook for the care pathways (src/FhirRecovery.Gateway/Pathways): told about routed writes once the gateway has
/// taken responsibility for them, and asked to add to the sender's status resource. Observers never refuse or change
/// what is delivered; a failing observer is logged and the write stands.
/// </summary>
internal interface IRoutedWriteObserver
{
    /// <summary>Asked after validation and target resolution, before the trust gate: a pathway rule may refuse the write
    /// (its answer is returned to the sender and nothing is sent). Null lets it through.</summary>
    ValueTask<IResult?> CheckAsync(HttpContext context, RoutedPayload payload, RoutedSend send, TargetResolution.Resolved resolved,
        CancellationToken cancellationToken);

    /// <summary>The write was accepted into the outbox (one result per receiver). Observers may add informational
    /// issues to <paramref name="outcome"/>, the OperationOutcome of the 202 answer.</summary>
    ValueTask OnAcceptedAsync(HttpContext context, RoutedPayload payload, RoutedSend send, IReadOnlyList<EnqueueResult> accepted,
        OperationOutcome outcome, CancellationToken cancellationToken);

    /// <summary>The write was forwarded synchronously and the receiver answered 2xx.</summary>
    ValueTask OnForwardedAsync(HttpContext context, RoutedPayload payload, RoutedSend send, DirectoryEndpoint endpoint,
        CancellationToken cancellationToken);

    /// <summary>The sender reads <c>GET /_status/{id}</c>: observers may add parameters (or correct the state).</summary>
    ValueTask OnStatusAsync(OutboxMessageStatus status, Parameters parameters, CancellationToken cancellationToken);
}
