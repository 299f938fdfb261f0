using FhirRecovery.Gateway.Audit;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Gateway.Messaging;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Pathways;

/// <summary>
/// <c>GET /_admin/handovers/flagged</c>: the release handovers flagged as unacknowledged before release and still
/// waiting, by message id (the status resource id), receiving organisation and when they were flagged. No patient
/// data: no person, no release date. In the operators' route group (operator role and system/AuditEvent.rs).
/// </summary>
internal static class PathwayOperatorEndpoints
{
    private const int MaxListed = 500;

    public static IEndpointRouteBuilder MapPathwayOperatorEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGroup(string.Empty)
            .WithMetadata(OperatorEndpointMetadata.Instance)
            .WithTags(OperatorEndpointMetadata.Tag)
            .MapGet("/_admin/handovers/flagged", ListFlaggedAsync).WithName("flagged-handover-list");
        return endpoints;
    }

    private static async Task<IResult> ListFlaggedAsync(HttpContext context, HandoverStore handovers)
    {
        var flagged = await handovers.ListFlaggedUnacknowledgedAsync(MaxListed, context.RequestAborted);
        var bundle = new Bundle { Type = Bundle.BundleType.Collection, Total = flagged.Count };
        foreach (var handover in flagged)
        {
            var parameters = new Parameters { Id = handover.MessageId };
            parameters.Add("message-id", new FhirString(handover.MessageId));
            parameters.Add("status", new FhirString(MessageStatusResource.PathOf(handover.MessageId)));
            parameters.Add("receiver-organization", new FhirString(handover.ReceiverOrganizationId));
            parameters.Add("handover-flag", new Code(PathwayStatus.UnacknowledgedFlag));
            parameters.Add("flagged", new FhirDateTime(handover.FlaggedAt!.Value));
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = "urn:uuid:" + handover.MessageId, Resource = parameters });
        }

        return new FhirResult(StatusCodes.Status200OK, bundle);
    }
}
