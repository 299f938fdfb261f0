using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Gateway.Messaging;
using FhirRecovery.Gateway.Routing;
using FhirRecovery.Routing.Audit;
using FhirRecovery.Routing.Delivery;
using FhirRecovery.Routing.Outbox;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Audit;

/// <summary>The operators' endpoints, in one route group marked <see cref="OperatorEndpointMetadata"/>:
/// <c>GET /AuditEvent</c>, <c>GET /_admin/dead-letters</c>, <c>POST /_admin/dead-letters/{id}/$replay</c>.</summary>
internal static class OperatorEndpoints
{
    public static IEndpointRouteBuilder MapOperatorEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(string.Empty)
            .WithMetadata(OperatorEndpointMetadata.Instance)
            .WithTags(OperatorEndpointMetadata.Tag);
        group.MapGet("/AuditEvent", SearchAuditAsync).WithName("audit-search");
        group.MapGet("/_admin/dead-letters", ListDeadLettersAsync).WithName("dead-letter-list");
        group.MapPost("/_admin/dead-letters/{id}/$replay", ReplayAsync).WithName("dead-letter-replay");
        return endpoints;
    }

    private static async Task<IResult> SearchAuditAsync(HttpContext context, IAuditStore audit)
    {
        if (!AuditSearchParameters.TryRead(context.Request.Query, out var query, out var problem))
        {
            return FhirErrors.BadRequest(problem);
        }

        var found = await audit.SearchAsync(query, context.RequestAborted);
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset, Total = found.Count };
        foreach (var stored in found)
        {
            bundle.Entry.Add(new Bundle.EntryComponent
            {
                FullUrl = "urn:uuid:" + stored.Id,
                Resource = AuditEventMapper.ToAuditEvent(stored),
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
            });
        }

        return new FhirResult(StatusCodes.Status200OK, bundle);
    }

    private static async Task<IResult> ListDeadLettersAsync(HttpContext context, IOutboxStore store)
    {
        var dead = await store.ListByStateAsync(OutboxState.DeadLettered, 500, context.RequestAborted);
        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        foreach (var status in dead)
        {
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = "urn:uuid:" + status.Id, Resource = MessageStatusResource.From(status) });
        }

        return new FhirResult(StatusCodes.Status200OK, bundle);
    }

    private static async Task<IResult> ReplayAsync(
        HttpContext context, string id, IOutboxStore store, IAuditSink audit, DeliveryWorker worker, TimeProvider time)
    {
        var status = await store.GetStatusAsync(id, context.RequestAborted);
        if (status is null)
        {
            return FhirErrors.NotFound($"There is no message '{id}'.");
        }

        var replayed = await store.ReplayDeadLetterAsync(id, context.RequestAborted);
        await audit.WriteAsync(OutboxAuditRecords.Replayed(status, SenderIdentity.Of(context), replayed, time.GetUtcNow()), context.RequestAborted);
        if (!replayed)
        {
            return new FhirResult(StatusCodes.Status409Conflict, Outcomes.Error(OperationOutcome.IssueType.Conflict,
                $"The message is {MessageStatusResource.StateCode(status.State)}, not dead-lettered; only dead letters can be replayed."));
        }

        worker.Wake();
        var now = await store.GetStatusAsync(id, context.RequestAborted);
        return new FhirResult(StatusCodes.Status200OK, MessageStatusResource.From(now!),
            new Dictionary<string, string> { ["Content-Location"] = MessageStatusResource.PathOf(id) });
    }
}
