using FhirRecovery.Gateway.Auth;
using FhirRecovery.Gateway.Messaging;
using FhirRecovery.Gateway.Routing;
using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.Resolution;
using FhirRecovery.Routing.ServiceDirectory;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Pathways;

/// <summary>
/// The pathways' view of routed messages. On acceptance: release handovers are recorded (superseding an earlier one
/// of the same person and release), response messages are recorded as acknowledgements of the handover they answer,
/// and review findings become informational issues of the 202 answer and flags on the status resource. On a
/// synchronous relay that the receiver took: acknowledgements are recorded. A database failure is logged; the
/// routed write stands either way.
/// </summary>
internal sealed class PathwayMessageHook(
    HandoverStore handovers,
    ReviewFlagStore reviewFlags,
    PathwayMetrics metrics,
    IDirectorySource directory,
    SenderOrganisations senders,
    PathwayRules rules,
    TimeProvider time,
    ILogger<PathwayMessageHook> logger) : IMessagePathwayHook
{
    public ValueTask<IResult?> CheckAsync(HttpContext context, RoutedPayload payload, RoutedSend send, TargetResolution.Resolved resolved,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(send);
        if (payload.Resource is not Bundle bundle)
        {
            return ValueTask.FromResult<IResult?>(null);
        }

        var refusal = rules.Check(context, bundle, send.MessageEvent, resolved);
        return ValueTask.FromResult(refusal);
    }

    public async ValueTask OnAcceptedAsync(HttpContext context, RoutedPayload payload, RoutedSend send, IReadOnlyList<EnqueueResult> accepted,
        OperationOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(accepted);
        ArgumentNullException.ThrowIfNull(outcome);
        if (payload.Resource is not Bundle bundle)
        {
            return;
        }

        var findings = ReviewTriggers.Evaluate(bundle, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        outcome.Issue.AddRange(findings.Select(ReviewIssues.From));
        await GuardAsync("review flags", async () =>
        {
            foreach (var result in accepted.Where(r => r.Created))
            {
                await reviewFlags.RecordAsync(result.Message.Id, findings, CancellationToken.None);
                foreach (var finding in findings)
                {
                    metrics.ReviewFlag(finding.Code);
                    Log.ReviewFlagRaised(logger, result.Message.Id, finding.Code);
                }
            }
        });

        if (send.MessageEvent == MessageEvents.ReleaseHandover && HandoverFacts.From(bundle, send.PatientKey) is { } facts)
        {
            await GuardAsync("a release handover", () => RecordHandoversAsync(accepted, facts, outcome));
        }

        await RecordAcknowledgementAsync(context, bundle);
    }

    public async ValueTask OnForwardedAsync(HttpContext context, RoutedPayload payload, RoutedSend send, DirectoryEndpoint endpoint,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (payload.Resource is Bundle bundle)
        {
            await RecordAcknowledgementAsync(context, bundle);
        }
    }

    public async ValueTask OnStatusAsync(OutboxMessageStatus status, Parameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        await GuardAsync("the status resource", async () =>
        {
            var handover = await handovers.FindAsync(status.Id, cancellationToken);
            var findings = await reviewFlags.FindAsync(status.Id, cancellationToken);
            PathwayStatus.AddTo(parameters, handover, findings);
        });
    }

    private async System.Threading.Tasks.Task RecordHandoversAsync(IReadOnlyList<EnqueueResult> accepted, HandoverFacts facts, OperationOutcome outcome)
    {
        foreach (var result in accepted.Where(r => r.Created))
        {
            var receiver = directory.Current.FindEndpoint(result.Message.ReceiverEndpointId)?.OrganizationId ?? string.Empty;
            var superseded = await handovers.RecordAsync(result.Message.Id, result.Message.SenderId, receiver, facts, time.GetUtcNow(), CancellationToken.None);
            Log.HandoverRecorded(logger, result.Message.Id, receiver, superseded.Count);
            foreach (var earlier in superseded)
            {
                outcome.Issue.Add(new OperationOutcome.IssueComponent
                {
                    Severity = OperationOutcome.IssueSeverity.Information,
                    Code = OperationOutcome.IssueType.Informational,
                    Diagnostics = $"This handover replaces handover {MessageStatusResource.PathOf(earlier)} (same person and release). " +
                        "If that one is still waiting in the outbox it is withheld, so the receiver gets only this one.",
                });
            }
        }
    }

    // A response message from the organisation that received a handover acknowledges it. Anything else (a referral
    // response, a response to some other message) is none of the handover's business and is left alone.
    private async System.Threading.Tasks.Task RecordAcknowledgementAsync(HttpContext context, Bundle bundle)
    {
        if (AcknowledgementFacts.From(bundle) is not { } response || senders.Find(context.User)?.Organisation.Id is not { } organization)
        {
            return;
        }

        await GuardAsync("an acknowledgement", async () =>
        {
            var handover = await handovers.AcknowledgeAsync(organization, response, time.GetUtcNow(), CancellationToken.None);
            if (handover is null)
            {
                Log.AcknowledgementUnmatched(logger, organization);
                return;
            }

            Log.HandoverAcknowledged(logger, handover, organization, response.Code);
            if (response.IsOk)
            {
                metrics.Acknowledged();
            }
        });
    }

    private async System.Threading.Tasks.Task GuardAsync(string what, Func<System.Threading.Tasks.Task> record)
    {
        try
        {
            await record();
        }
#pragma warning disable CA1031 // The pathway record is secondary: the message was accepted and will be delivered.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.RecordFailed(logger, exception, what);
        }
    }
}
