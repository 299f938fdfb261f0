using FhirRecovery.Gateway.Auth;
using FhirRecovery.Gateway.Messaging;
using Hl7.Fhir.Model;
using Task = System.Threading.Tasks.Task;

namespace FhirRecovery.Gateway.Referrals;

/// <summary>
/// Remembers routed referrals (who referred whom) and the latest Task update for each: what the Task routing, the
/// update permission and <c>GET /Task?focus=</c> read. Recorded on acceptance, or just before a synchronous forward
/// (so the receiver's first Task, which may come back at once, finds the referral); a synchronous forward without a
/// 2xx puts the record back as it was.
/// </summary>
internal sealed class ReferralObserver(IReferralStore store, SenderOrganisations senders, TimeProvider time, ILogger<ReferralObserver> logger)
    : IRoutedWriteObserver
{
    // The record as it was before this request changed it; null inside the item means "there was none".
    private static readonly object _previousKey = new();

    public async Task OnRoutedAsync(HttpContext context, RoutedWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(write);
        if (senders.Find(context.User) is not { } sender || ReferralIdOf(write.Payload.Resource) is not { } referralId)
        {
            return;
        }

        var previous = await store.FindAsync(referralId, cancellationToken);
        if (write.MessageId is null)
        {
            context.Items[_previousKey] = new Previous(previous);
        }

        if (write.Payload.Resource is ServiceRequest)
        {
            var recorded = await store.RecordReferralAsync(new ReferralRecord(referralId, sender.Organisation.Id, sender.Identity.Ods,
                write.Endpoint.OrganizationId ?? string.Empty, write.Endpoint.Id, write.MessageId, time.GetUtcNow()), cancellationToken);
            if (recorded)
            {
                Log.ReferralRecorded(logger, sender.Identity.Ods, write.Endpoint.OrganizationId ?? string.Empty, write.MessageId);
            }
            else
            {
                Log.ReferralNotRecorded(logger, sender.Identity.Ods);
            }
        }
        else if (previous is not null && write.Payload.Resource is Hl7.Fhir.Model.Task task)
        {
            var status = ReferralReferences.StatusCode(task);
            var reason = ReferralReferences.StatusReasonCode(task);
            await store.RecordTaskAsync(referralId, status, reason, time.GetUtcNow(),
                System.Text.Encoding.UTF8.GetString(write.Payload.Body), write.Payload.ContentType, cancellationToken);
            Log.TaskRecorded(logger, status, reason);
        }
    }

    public async Task OnForwardFailedAsync(HttpContext context, RoutedWrite write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(write);
        if (context.Items[_previousKey] is not Previous undo || ReferralIdOf(write.Payload.Resource) is not { } referralId)
        {
            return;
        }

        if (undo.Record is { } previous)
        {
            await store.RestoreAsync(previous, cancellationToken);
        }
        else if (write.Payload.Resource is ServiceRequest)
        {
            await store.DeleteAsync(referralId, cancellationToken);
        }
    }

    private static string? ReferralIdOf(Resource resource) => resource switch
    {
        ServiceRequest { Id.Length: > 0 } referral => referral.Id,
        Hl7.Fhir.Model.Task task => ReferralReferences.ReferralIdOf(task),
        _ => null,
    };

    private sealed record Previous(ReferralRecord? Record);
}
