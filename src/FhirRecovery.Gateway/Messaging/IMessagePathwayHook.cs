using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.Resolution;
using FhirRecovery.Routing.ServiceDirectory;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Messaging;

/// <summary>
/// The release-handover and shared-care pathways' hook into routed writes (src/FhirRecovery.Gateway/Pathways): asked
/// once before the trust gate (a pathway rule may refuse; nothing has been sent), told once the gateway has taken
/// responsibility (accepted, or relayed and answered 2xx), and asked to add to the sender's status resource. After
/// the check a hook never changes what is delivered, and handles its own failures: the write stands.
/// </summary>
internal interface IMessagePathwayHook
{
    /// <summary>Asked after validation and target resolution, before the trust gate: a pathway rule may refuse the write
    /// (its answer is returned to the sender and nothing is sent). Null lets it through.</summary>
    ValueTask<IResult?> CheckAsync(HttpContext context, RoutedPayload payload, RoutedSend send, TargetResolution.Resolved resolved,
        CancellationToken cancellationToken);

    /// <summary>The write was accepted into the outbox (one result per receiver). Hooks may add informational
    /// issues to <paramref name="outcome"/>, the OperationOutcome of the 202 answer.</summary>
    ValueTask OnAcceptedAsync(HttpContext context, RoutedPayload payload, RoutedSend send, IReadOnlyList<EnqueueResult> accepted,
        OperationOutcome outcome, CancellationToken cancellationToken);

    /// <summary>The write was forwarded synchronously and the receiver answered 2xx.</summary>
    ValueTask OnForwardedAsync(HttpContext context, RoutedPayload payload, RoutedSend send, DirectoryEndpoint endpoint,
        CancellationToken cancellationToken);

    /// <summary>The sender reads <c>GET /_status/{id}</c>: hooks may add parameters (or correct the state).</summary>
    ValueTask OnStatusAsync(OutboxMessageStatus status, Parameters parameters, CancellationToken cancellationToken);
}
