using System.Globalization;
using System.Text;
using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Gateway.Observability;
using FhirRecovery.Gateway.Referrals;
using FhirRecovery.Gateway.Trust;
using FhirRecovery.Routing.Audit;
using FhirRecovery.Routing.Outbox;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Mailbox;

/// <summary>
/// The mailbox for receivers without a FHIR server (Endpoint connection type <c>fhir-mailbox</c>): messages for them
/// are held in the outbox (state held-for-pickup). The receiver, with a token of its own organisation, lists them
/// (<c>GET /_mailbox</c>, oldest first), fetches one as the sender sent it (<c>GET /_mailbox/{id}</c>) and acknowledges
/// it (<c>POST /_mailbox/{id}/$acknowledge</c>): then it is delivered, and the sender's status resource says so.
/// Until acknowledged a message stays in every listing (at least once; the id tells repeats apart). Another
/// organisation's message is 404, as if it did not exist, and the attempt is audited.
/// </summary>
internal static class MailboxEndpoints
{
    public const string PathPrefix = "/_mailbox";
    private const int DefaultCount = 50;
    private const int MaxCount = 200;

    public static IEndpointRouteBuilder MapMailbox(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PathPrefix, ListAsync).WithName("mailbox-list");
        endpoints.MapGet(PathPrefix + "/{id}", FetchAsync).WithName("mailbox-fetch");
        endpoints.MapPost(PathPrefix + "/{id}/$acknowledge", AcknowledgeAsync).WithName("mailbox-acknowledge");
        return endpoints;
    }

    private static async Task<IResult> ListAsync(HttpContext context, MailboxOwner owner, IOutboxMailbox mailbox, ILogger<MailboxOwner> logger)
    {
        var (sender, endpoints) = owner.Find(context);
        if (sender is null || endpoints.Count == 0)
        {
            return NoMailbox(sender?.Identity.Ods);
        }

        var count = int.TryParse(context.Request.Query["_count"], NumberStyles.None, CultureInfo.InvariantCulture, out var asked)
            ? Math.Clamp(asked, 1, MaxCount) : DefaultCount;
        var held = new List<HeldMessage>();
        foreach (var endpoint in endpoints)
        {
            held.AddRange(await mailbox.ListHeldAsync(endpoint.Id, count, context.RequestAborted));
        }

        var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}";
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset, Id = Guid.NewGuid().ToString("N") };
        bundle.Link.Add(new Bundle.LinkComponent { Relation = "self", Url = baseUrl + PathPrefix });
        foreach (var message in held.OrderBy(m => m.Sequence).Take(count))
        {
            var entry = new Bundle.EntryComponent
            {
                FullUrl = $"{baseUrl}{PathPrefix}/{message.Id}",
                Resource = StoredResources.Read(message.Body, message.ContentType),
                Search = new Bundle.SearchComponent { Mode = Bundle.SearchEntryMode.Match },
            };
            entry.Link.Add(new Bundle.LinkComponent { Relation = "acknowledge", Url = $"{baseUrl}{PathPrefix}/{message.Id}/$acknowledge" });
            bundle.Entry.Add(entry);
        }

        bundle.Total = bundle.Entry.Count;
        Log.Listed(logger, sender.Identity.Ods, bundle.Entry.Count);
        return new FhirResult(StatusCodes.Status200OK, bundle);
    }

    private static async Task<IResult> FetchAsync(HttpContext context, string id, MailboxOwner owner, IOutboxMailbox mailbox, IAuditSink audit,
        ITrustAudit trustAudit, TimeProvider time, ILogger<MailboxOwner> logger)
    {
        var (sender, endpoints) = owner.Find(context);
        if (sender is null)
        {
            return NoMailbox(null);
        }

        var message = await mailbox.FindHeldAsync(id, context.RequestAborted);
        var endpoint = endpoints.FirstOrDefault(e => e.Id == message?.ReceiverEndpointId);
        if (message is null || endpoint is null)
        {
            return await NotInMailboxAsync(context, id, message is not null, sender.Identity.Ods, trustAudit, time, logger);
        }

        await AuditAsync(audit, logger, new AuditRecord(time.GetUtcNow(), AuditAction.ProxiedRead, AuditOutcome.Success, sender.Identity.Ods,
            message.SenderId, endpoint.Id, endpoint.OrganizationId, message.Id, message.PayloadKind, message.CorrelationId, Detail: "mailbox fetch"));
        Log.Fetched(logger, message.Id, sender.Identity.Ods);

        // The message exactly as the sender sent it (the same bytes a FHIR endpoint would have been given).
        context.Response.Headers["X-Mailbox-Request-ID"] = message.IdempotencyKey;
        return Results.Bytes(Encoding.UTF8.GetBytes(message.Body), message.ContentType);
    }

    private static async Task<IResult> AcknowledgeAsync(HttpContext context, string id, MailboxOwner owner, IOutboxMailbox mailbox, IOutboxStore store,
        IAuditSink audit, ITrustAudit trustAudit, TimeProvider time, ILogger<MailboxOwner> logger)
    {
        var (sender, endpoints) = owner.Find(context);
        if (sender is null)
        {
            return NoMailbox(null);
        }

        var message = await mailbox.FindHeldAsync(id, context.RequestAborted);
        var endpoint = endpoints.FirstOrDefault(e => e.Id == message?.ReceiverEndpointId);
        if (message is null || endpoint is null)
        {
            // Acknowledging twice is harmless: the first one delivered it.
            if (message is null && await store.GetStatusAsync(id, context.RequestAborted) is { State: OutboxState.Delivered } done
                && endpoints.Any(e => e.Id == done.ReceiverEndpointId))
            {
                return new FhirResult(StatusCodes.Status200OK, Outcomes.Information($"Message {id} was already acknowledged."));
            }

            return await NotInMailboxAsync(context, id, message is not null, sender.Identity.Ods, trustAudit, time, logger);
        }

        var note = $"Acknowledged by {sender.Identity.Ods} through the mailbox.";
        if (!await mailbox.AcknowledgeAsync(message.Id, endpoint.Id, StatusCodes.Status200OK, note, context.RequestAborted))
        {
            return new FhirResult(StatusCodes.Status200OK, Outcomes.Information($"Message {id} was already acknowledged."));
        }

        await AuditAsync(audit, logger, new AuditRecord(time.GetUtcNow(), AuditAction.Delivered, AuditOutcome.Success, sender.Identity.Ods,
            message.SenderId, endpoint.Id, endpoint.OrganizationId, message.Id, message.PayloadKind, message.CorrelationId, Detail: "mailbox acknowledge"));
        Log.Acknowledged(logger, message.Id, sender.Identity.Ods);
        return new FhirResult(StatusCodes.Status200OK, Outcomes.Information($"Message {id} acknowledged: delivered. The sender's status resource shows it."));
    }

    private static FhirResult NoMailbox(string? ods) =>
        FhirErrors.NotFound($"Organisation {ods ?? "(unknown)"} has no mailbox: no fhir-mailbox endpoint of the routing directory is its own.");

    private static async Task<IResult> NotInMailboxAsync(HttpContext context, string id, bool someoneElses, string ods, ITrustAudit trustAudit,
        TimeProvider time, ILogger logger)
    {
        if (someoneElses)
        {
            Log.NotTheirs(logger, ods, id);
            await trustAudit.WriteAsync(new TrustAuditEntry(time.GetUtcNow(), TrustAuditRecords.RefusedDecision, "mailbox", ods, null, "Bundle", null, null,
                null, null, context.Features.Get<CorrelationIds>()?.CorrelationId ?? context.TraceIdentifier), CancellationToken.None);
        }

        return FhirErrors.NotFound($"There is no message '{id}' waiting in your mailbox.");
    }

    private static async System.Threading.Tasks.Task AuditAsync(IAuditSink audit, ILogger logger, AuditRecord record)
    {
        try
        {
            await audit.WriteAsync(record, CancellationToken.None);
        }
#pragma warning disable CA1031 // A failing audit store is logged; it never undoes a pickup or an acknowledgement.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Log.AuditFailed(logger, exception, record.Action.ToString());
        }
    }
}
