using System.Globalization;
using FhirRecovery.Gateway.Delivery;
using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Gateway.Observability;
using FhirRecovery.Gateway.Routing;
using FhirRecovery.Gateway.Trust;
using FhirRecovery.Routing.Audit;
using FhirRecovery.Routing.Delivery;
using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.Resolution;
using FhirRecovery.Routing.ServiceDirectory;
using Hl7.Fhir.Model;
using Yarp.ReverseProxy.Forwarder;
using Task = System.Threading.Tasks.Task;

namespace FhirRecovery.Gateway.Messaging;

/// <summary>
/// Steps 5 to 9 for a validated, resolved write: the trust gate once per receiver (any refusal stops everything),
/// then either a synchronous forward whose answer is relayed, or acceptance into the outbox (Prefer: respond-async,
/// a store-and-forward event, or several receivers) answered 202 with a Content-Location to the status resource.
/// </summary>
internal sealed class RoutedDispatcher(
    IDirectorySource directory,
    IOutboxStore store,
    IAuditSink audit,
    DeliveryWorker worker,
    ReceiverForwarder forwarder,
    TimeProvider time,
    IEnumerable<IRoutedWriteObserver> observers,
    IEnumerable<IMessagePathwayHook> pathwayHooks,
    ILogger<RoutedDispatcher> logger)
{
    // Singletons, resolved once: not an enumeration of the container (and a new array) per write and per step.
    private readonly IMessagePathwayHook[] _hooks = [.. pathwayHooks];
    private readonly IRoutedWriteObserver[] _observers = [.. observers];

    public async Task<IResult> DispatchAsync(HttpContext context, RoutedPayload payload, RoutedSend send, TargetResolution resolution)
    {
        if (resolution is not TargetResolution.Resolved resolved)
        {
            Log.TargetNotResolved(logger, send.PayloadKind, resolution.HttpStatus, resolution.GetType().Name);
            return ResolutionResults.Refusal(resolution);
        }

        foreach (var hook in _hooks)
        {
            if (await hook.CheckAsync(context, payload, send, resolved, context.RequestAborted) is { } refusal)
            {
                return refusal;
            }
        }

        var snapshot = directory.Current;
        var trust = context.RequestServices.GetRequiredService<ITrustGate>();
        foreach (var endpoint in resolved.Endpoints)
        {
            var organization = endpoint.OrganizationId ?? string.Empty;
            var serviceTypes = snapshot.ServiceTypesAt(endpoint.Id);
            var decision = await trust.AuthorizeSendAsync(context,
                new SendRequest(send.MessageEvent, send.ResourceType, organization, serviceTypes, send.Patient, send.Consents), context.RequestAborted);
            if (!decision.Allowed)
            {
                Log.SendRefusedByTrust(logger, send.PayloadKind, organization, decision.StatusCode);
                return new FhirResult(decision.StatusCode, decision.Outcome
                    ?? Outcomes.Error(OperationOutcome.IssueType.Forbidden, "The sender may not send this to that receiver."));
            }
        }

        var ids = context.Features.Get<CorrelationIds>() ?? new CorrelationIds(context.TraceIdentifier, context.TraceIdentifier);
        var respondAsync = context.Request.Headers["Prefer"].Any(p => p?.Contains("respond-async", StringComparison.OrdinalIgnoreCase) == true);
        // A mailbox receiver has no server to forward to: its messages are always accepted and held for pickup.
        var mailbox = resolved.Endpoints.Any(e => e.ConnectionType == EndpointConnectionType.FhirMailbox);
        return respondAsync || send.StoreAndForward || mailbox || resolved.Endpoints.Length > 1
            ? await AcceptAsync(context, payload, send, resolved.Endpoints, ids)
            : await ForwardNowAsync(context, payload, send, resolved.Endpoints[0], ids);
    }

    private async Task<IResult> AcceptAsync(HttpContext context, RoutedPayload payload, RoutedSend send, IEnumerable<DirectoryEndpoint> endpoints, CorrelationIds ids)
    {
        var sender = SenderIdentity.Of(context);
        var body = System.Text.Encoding.UTF8.GetString(payload.Body);
        var locations = new List<string>();
        var accepted = new List<EnqueueResult>();
        foreach (var endpoint in endpoints)
        {
            var result = await store.EnqueueAsync(new OutboxEnqueueRequest(
                sender, send.IdempotencyKey, endpoint.Id, send.PatientKey, send.PayloadKind, send.RelativePath,
                payload.ContentType, body, ids.CorrelationId, HoldForPickup: endpoint.ConnectionType == EndpointConnectionType.FhirMailbox),
                context.RequestAborted);
            await WriteAuditAsync(OutboxAuditRecords.Accepted(result, endpoint.OrganizationId, time.GetUtcNow()));
            accepted.Add(result);
            Log.Accepted(logger, send.PayloadKind, endpoint.Id, result.Message.Id, result.Created);
            locations.Add(MessageStatusResource.PathOf(result.Message.Id));
            await NotifyAsync(context, new RoutedWrite(payload, send, endpoint, result.Message.Id, result.Message.State == OutboxState.HeldForPickup),
                (o, c, w) => o.OnRoutedAsync(c, w, CancellationToken.None));
        }

        worker.Wake();
        var outcome = new OperationOutcome { Issue = [.. payload.Outcome.Issue.Where(i => i.Severity != OperationOutcome.IssueSeverity.Information)] };
        outcome.Issue.Add(new OperationOutcome.IssueComponent
        {
            Severity = OperationOutcome.IssueSeverity.Information,
            Code = OperationOutcome.IssueType.Informational,
            Diagnostics = "Accepted for delivery. Status: " + string.Join(", ", locations),
        });
        foreach (var hook in _hooks)
        {
            await hook.OnAcceptedAsync(context, payload, send, accepted, outcome, context.RequestAborted);
        }

        return new FhirResult(StatusCodes.Status202Accepted, outcome, new Dictionary<string, string> { ["Content-Location"] = locations[0] });
    }

    private async Task<IResult> ForwardNowAsync(HttpContext context, RoutedPayload payload, RoutedSend send, DirectoryEndpoint endpoint, CorrelationIds ids)
    {
        var write = new RoutedWrite(payload, send, endpoint, null, false);
        await NotifyAsync(context, write, (o, c, w) => o.OnRoutedAsync(c, w, CancellationToken.None));
        context.Request.Body = new MemoryStream(payload.Body, writable: false);
        context.Request.ContentLength = payload.Body.Length;
        var (error, problem) = await forwarder.ForwardAsync(context, endpoint, send.RelativePath, ids);
        var sender = SenderIdentity.Of(context);
        var status = context.Response.StatusCode;
        var delivered = error == ForwarderError.None && status is >= 200 and < 300;
        await WriteAuditAsync(new AuditRecord(time.GetUtcNow(), delivered ? AuditAction.Delivered : AuditAction.DeliveryAttempt,
            delivered ? AuditOutcome.Success : AuditOutcome.SeriousFailure, sender, sender, endpoint.Id, endpoint.OrganizationId,
            ids.RequestId, send.PayloadKind, ids.CorrelationId, 1,
            error == ForwarderError.None ? (delivered ? null : string.Create(CultureInfo.InvariantCulture, $"The receiver answered {status}.")) : problem));
        if (!delivered)
        {
            await NotifyAsync(context, write, (o, c, w) => o.OnForwardFailedAsync(c, w, CancellationToken.None));
        }

        if (error == ForwarderError.None)
        {
            Log.ForwardedSynchronously(logger, send.PayloadKind, endpoint.Id, status);
            if (delivered)
            {
                foreach (var hook in _hooks)
                {
                    await hook.OnForwardedAsync(context, payload, send, endpoint, CancellationToken.None);
                }
            }

            return Results.Empty;
        }

        Log.ReceiverUnreachable(logger, send.PayloadKind, endpoint.Id, problem ?? error.ToString());
        if (context.Response.HasStarted)
        {
            context.Abort();
            return Results.Empty;
        }

        return new FhirResult(StatusCodes.Status503ServiceUnavailable, Outcomes.Error(OperationOutcome.IssueType.Transient,
            $"The receiver endpoint '{endpoint.Id}' could not be reached. Retry later, or send with 'Prefer: respond-async' to have the gateway deliver it when the receiver is back."));
    }

    private async Task NotifyAsync(HttpContext context, RoutedWrite write, Func<IRoutedWriteObserver, HttpContext, RoutedWrite, Task> call)
    {
        foreach (var observer in _observers)
        {
            try
            {
                await call(observer, context, write);
            }
#pragma warning disable CA1031 // The write has happened; an observer's failure is logged and must not turn it into an error.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                Log.ObserverFailed(logger, exception, write.Send.PayloadKind);
            }
        }
    }

    private async Task WriteAuditAsync(AuditRecord record)
    {
        try
        {
            await audit.WriteAsync(record, CancellationToken.None);
        }
#pragma warning disable CA1031 // A failing audit store is logged; it never undoes an acceptance or a delivery.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.AuditFailed(logger, exception, record.Action.ToString());
        }
    }
}
