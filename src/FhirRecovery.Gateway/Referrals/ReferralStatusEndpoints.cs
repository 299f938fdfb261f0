using System.Globalization;
using FhirRecovery.Gateway.Auth;
using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Gateway.Messaging;
using FhirRecovery.Gateway.Observability;
using FhirRecovery.Gateway.Trust;
using FhirRecovery.Routing.ServiceDirectory;
using FhirRecovery.Trust.Scopes;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Referrals;

/// <summary>
/// <c>GET /Task?focus=ServiceRequest/{id}</c>: the current state of a referral the gateway routed, for the referrer
/// (and the receiver). A searchset Bundle with the receiver's latest Task (match) when there is one, and always an
/// OperationOutcome (outcome) saying where the referral went, when, and its delivery status resource. Other
/// organisations get 403 (audited); an unknown referral 404. Needs the <c>system/Task.s</c> scope.
/// </summary>
internal static class ReferralStatusEndpoints
{
    public static IEndpointRouteBuilder MapReferralStatus(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/Task", SearchAsync).WithName("referral-status");
        return endpoints;
    }

    private static async Task<IResult> SearchAsync(HttpContext context, IReferralStore store, SenderOrganisations senders, IDirectorySource directory,
        ITrustAudit audit, TimeProvider time)
    {
        var focus = context.Request.Query["focus"];
        if (focus.Count != 1 || ReferralReferences.IdOf(focus.ToString()) is not { } referralId)
        {
            return FhirErrors.BadRequest("The gateway keeps only the status of the referrals it routed: search with ?focus=ServiceRequest/{id}.");
        }

        var sender = senders.Find(context.User);
        if (sender is null || !SenderOrganisations.Scopes(context.User).Allows("Task", FhirInteraction.Search))
        {
            return new FhirResult(StatusCodes.Status403Forbidden, Outcomes.Error(OperationOutcome.IssueType.Forbidden,
                $"Reading a referral's status needs a known organisation and the scope {SmartScopeSet.Required("Task", FhirInteraction.Search)}."));
        }

        var referral = await store.FindAsync(referralId, context.RequestAborted);
        if (referral is null)
        {
            return FhirErrors.NotFound($"The gateway has routed no referral ServiceRequest/{referralId}.");
        }

        if (sender.Organisation.Id != referral.ReferrerOrganizationId && sender.Organisation.Id != referral.ReceiverOrganizationId)
        {
            await audit.WriteAsync(new TrustAuditEntry(time.GetUtcNow(), TrustAuditRecords.RefusedDecision, "read", sender.Identity.Ods,
                referral.ReferrerOrganizationId, "Task", null, null, null, null,
                context.Features.Get<CorrelationIds>()?.CorrelationId ?? context.TraceIdentifier), CancellationToken.None);
            return new FhirResult(StatusCodes.Status403Forbidden, Outcomes.Error(OperationOutcome.IssueType.Forbidden,
                "Only the referrer and the organisation the referral was sent to may read its status."));
        }

        return new FhirResult(StatusCodes.Status200OK, Searchset(context, referral, directory.Current));
    }

    private static Bundle Searchset(HttpContext context, ReferralRecord referral, RoutingDirectory snapshot)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset, Id = Guid.NewGuid().ToString("N") };
        var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}";
        bundle.Link.Add(new Bundle.LinkComponent { Relation = "self", Url = $"{baseUrl}/Task?focus=ServiceRequest/{referral.ReferralId}" });
        if (referral.TaskBody is { } body && StoredResources.Read(body, referral.TaskContentType ?? FhirMediaTypes.FhirJson) is { } task)
        {
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = $"{baseUrl}/Task/{task.Id}",
                Resource = task,
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
            });
        }

        bundle.Total = bundle.Entry.Count;
        var receiver = snapshot.FindOrganization(referral.ReceiverOrganizationId);
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Referral ServiceRequest/{referral.ReferralId} from {referral.ReferrerOds} to {receiver?.OdsCode ?? referral.ReceiverOrganizationId} ({receiver?.Name}) routed at {referral.SentAt:O}")
            + (referral.MessageId is { } message ? $"; delivery status: {MessageStatusResource.PathOf(message)}" : "; delivered synchronously")
            + (referral.TaskStatus is { } status
                ? string.Create(CultureInfo.InvariantCulture, $"; latest Task status '{status}'{(referral.TaskStatusReason is { } reason ? $" ({reason})" : string.Empty)} at {referral.TaskUpdatedAt:O}.")
                : "; no Task update from the receiver yet.");
        bundle.Entry.Add(new Bundle.EntryComponent
        {
            Resource = Outcomes.Information(text),
            Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Outcome },
        });
        return bundle;
    }
}
