using FhirRecovery.Gateway.Auth;
using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Gateway.Observability;
using FhirRecovery.Gateway.Trust;
using FhirRecovery.Routing.Resolution;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Referrals;

/// <summary>
/// The referral rules the routed writes ask before dispatch (after validation, before the trust gate):
/// a referral id belongs to the organisation that first sent it (409 for another); only the organisation a referral
/// was sent to may post Task updates about it (403, audited as a refusal), and not after it is closed (409); and,
/// without a target header, where a Task goes (<see cref="TaskReceivers"/>).
/// </summary>
internal sealed class ReferralWorkflow(
    IReferralStore store,
    SenderOrganisations senders,
    TaskReceivers receivers,
    TargetResolver resolver,
    ITrustAudit audit,
    TimeProvider time,
    ILogger<ReferralWorkflow> logger)
{
    /// <summary>Null when the write may go on; else the refusal to answer.</summary>
    public async Task<IResult?> CheckAsync(HttpContext context, Resource resource)
    {
        ArgumentNullException.ThrowIfNull(context);
        var sender = senders.Find(context.User);
        if (sender is null)
        {
            return null; // The trust gate refuses unknown senders, with its own audit.
        }

        if (resource is ServiceRequest { Id: { Length: > 0 } referralId })
        {
            var existing = await store.FindAsync(referralId, context.RequestAborted);
            if (existing is not null && existing.ReferrerOrganizationId != sender.Organisation.Id)
            {
                Log.ReferralIdTaken(logger, sender.Identity.Ods);
                return Conflict($"ServiceRequest/{referralId} is a referral of another organisation; give the referral an id of your own.");
            }

            return null;
        }

        if (resource is not Hl7.Fhir.Model.Task task || ReferralReferences.ReferralIdOf(task) is not { } id
            || await store.FindAsync(id, context.RequestAborted) is not { } referral)
        {
            return null;
        }

        if (referral.ReceiverOrganizationId != sender.Organisation.Id)
        {
            await audit.WriteAsync(new TrustAuditEntry(time.GetUtcNow(), TrustAuditRecords.RefusedDecision, "referral-update", sender.Identity.Ods,
                referral.ReceiverOrganizationId, "Task", null, null, null, null,
                context.Features.Get<CorrelationIds>()?.CorrelationId ?? context.TraceIdentifier), CancellationToken.None);
            Log.TaskFromWrongOrganisation(logger, sender.Identity.Ods, referral.ReceiverOrganizationId);
            return new FhirResult(StatusCodes.Status403Forbidden, Outcomes.Error(OperationOutcome.IssueType.Forbidden,
                $"Only the organisation the referral was sent to may update it; organisation {sender.Identity.Ods} is not that organisation."));
        }

        if (referral.IsClosed)
        {
            return Conflict($"The referral is already {referral.TaskStatus}; a closed referral takes no further updates. Send a new referral instead.");
        }

        return null;
    }

    /// <summary>
    /// The receiver of a Task. A Task about a referral the gateway routed goes back to its referrer: a target header
    /// naming anyone else is refused (400), so a referral's progress cannot be sent to a third party. Otherwise the
    /// target header, else <see cref="TaskReceivers"/> (restriction.recipient, requester).
    /// </summary>
    public async Task<TargetResolution> ResolveTaskReceiverAsync(Hl7.Fhir.Model.Task task, string? targetHeader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(task);
        var referral = ReferralReferences.ReferralIdOf(task) is { } id ? await store.FindAsync(id, cancellationToken) : null;
        if (targetHeader is null)
        {
            return receivers.Resolve(task, referral);
        }

        var named = resolver.ResolveTargetHeader(targetHeader);
        if (referral is null || named is not TargetResolution.Resolved resolved)
        {
            return named;
        }

        return resolved.Endpoints.All(e => e.OrganizationId == referral.ReferrerOrganizationId)
            ? named
            : new TargetResolution.BadTarget(
                $"A Task about a referral goes back to the organisation that sent it ({referral.ReferrerOds}); the {TargetHeader.Name} header names another receiver.");
    }

    // 409 is the referral workflow's own answer (a state conflict, not a malformed request), so it is built here.
    private static FhirResult Conflict(string text) =>
        new(StatusCodes.Status409Conflict, Outcomes.Error(OperationOutcome.IssueType.Conflict, text));
}
