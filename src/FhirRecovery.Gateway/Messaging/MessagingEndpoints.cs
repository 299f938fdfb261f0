using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Gateway.Observability;
using FhirRecovery.Gateway.Referrals;
using FhirRecovery.Gateway.Routing;
using FhirRecovery.Routing.Delivery;
using FhirRecovery.Routing.Outbox;
using FhirRecovery.Routing.Resolution;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Messaging;

/// <summary>The routed writes: <c>POST /$process-message</c>, <c>POST /ServiceRequest</c>, <c>POST /Task</c>; and the
/// sender's status resource <c>GET /_status/{id}</c>.</summary>
internal static class MessagingEndpoints
{
    public static IEndpointRouteBuilder MapMessaging(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/$process-message", ProcessMessageAsync).WithName("process-message");
        endpoints.MapPost("/ServiceRequest", (HttpContext c, RoutedIntake i, RoutedDispatcher d, TargetResolver r, PatientKeys k) =>
            RoutedResourceAsync(c, "ServiceRequest", i, d, r, k)).WithName("routed-service-request");
        endpoints.MapPost("/Task", (HttpContext c, RoutedIntake i, RoutedDispatcher d, TargetResolver r, PatientKeys k) =>
            RoutedResourceAsync(c, "Task", i, d, r, k)).WithName("routed-task");
        endpoints.MapGet(MessageStatusResource.PathPrefix + "{id}", StatusAsync).WithName("message-status");
        return endpoints;
    }

    private static async Task<IResult> ProcessMessageAsync(
        HttpContext context, RoutedIntake intake, RoutedDispatcher dispatcher, TargetResolver resolver, PatientKeys keys, IOptions<RoutingOptions> options)
    {
        var (payload, refusal) = await intake.ReadAsync(context, "Bundle",
            r => r is Bundle b && MessageBundles.EventCode(b) is { } code ? ProfilePolicy.ForMessageEvent(code) : []);
        if (payload is null)
        {
            return refusal!;
        }

        var bundle = (Bundle)payload.Resource;
        if (MessageBundles.Problem(bundle) is { } problem)
        {
            return FhirErrors.InvalidResource(Outcomes.Error(OperationOutcome.IssueType.Invalid, problem, "Bundle"));
        }

        var header = MessageBundles.Header(bundle);
        var eventCode = MessageBundles.EventCode(bundle) ?? "unknown";
        var patient = bundle.Entry.Select(e => e.Resource).OfType<Patient>().FirstOrDefault();
        var send = new RoutedSend(eventCode, "Bundle", "$process-message", patient,
            [.. bundle.Entry.Select(e => e.Resource).OfType<Consent>()],
            keys.KeyFor(patient, null),
            IdempotencyKey(context, bundle.Identifier?.Value ?? header.Id),
            options.Value.EffectiveStoreAndForwardEvents.Contains(eventCode, StringComparer.Ordinal));
        return await dispatcher.DispatchAsync(context, payload, send, resolver.ResolveMessageDestinations(header));
    }

    private static async Task<IResult> RoutedResourceAsync(
        HttpContext context, string type, RoutedIntake intake, RoutedDispatcher dispatcher, TargetResolver resolver, PatientKeys keys)
    {
        var (payload, refusal) = await intake.ReadAsync(context, type, _ => ProfilePolicy.ForResource(type));
        if (payload is null)
        {
            return refusal!;
        }

        // The referral workflow's own rules (who may update a referral, whose referral id it is) come first.
        var referrals = context.RequestServices.GetRequiredService<ReferralWorkflow>();
        if (await referrals.CheckAsync(context, payload.Resource) is { } referralRefusal)
        {
            return referralRefusal;
        }

        var header = context.Request.Headers[TargetHeader.Name];
        ResourceReference? subject = payload.Resource is ServiceRequest request ? request.Subject : ((Hl7.Fhir.Model.Task)payload.Resource).For;
        var resolution = payload.Resource is Hl7.Fhir.Model.Task task
            ? await referrals.ResolveTaskReceiverAsync(task, header.Count > 0 ? header.ToString() : null, context.RequestAborted)
            : header.Count > 0 ? resolver.ResolveTargetHeader(header.ToString())
            : resolver.ResolvePerformers((ServiceRequest)payload.Resource);
        var contained = payload.Resource is DomainResource domain ? domain.Contained.OfType<Patient>().FirstOrDefault() : null;
        var send = new RoutedSend(null, type, type, contained ?? PersonNamedBy(subject), [], keys.KeyFor(contained, subject),
            IdempotencyKey(context, payload.Resource.Id), StoreAndForward: false);
        return await dispatcher.DispatchAsync(context, payload, send, resolution);
    }

    private static async Task<IResult> StatusAsync(HttpContext context, string id, IOutboxStore store, IReceiverHealth health)
    {
        var status = await store.GetStatusAsync(id, context.RequestAborted);
        if (status is null)
        {
            return FhirErrors.NotFound($"There is no message '{id}'.");
        }

        var parameters = MessageStatusResource.From(status, health.IsKnownDown(status.ReceiverEndpointId));
        foreach (var hook in context.RequestServices.GetServices<IMessagePathwayHook>())
        {
            await hook.OnStatusAsync(status, parameters, context.RequestAborted);
        }

        return new FhirResult(StatusCodes.Status200OK, parameters);
    }

    // A subject named by NHS number only (no contained Patient) is still a person whose recorded consents count.
    private static Patient? PersonNamedBy(ResourceReference? subject) =>
        subject?.Identifier is { System: PatientKeys.NhsNumberSystem, Value.Length: > 0 } nhsNumber
            ? new Patient { Identifier = [new Identifier(nhsNumber.System, nhsNumber.Value)] }
            : null;

    // The sender's own X-Request-ID makes a retry idempotent; without one, the message's own id does; failing both,
    // the generated request id (each such request is then new).
    private static string IdempotencyKey(HttpContext context, string? messageId)
    {
        var ids = context.Features.Get<CorrelationIds>();
        var sent = context.Request.Headers[CorrelationIds.RequestIdHeader].ToString();
        return ids is not null && sent == ids.RequestId ? ids.RequestId : messageId ?? ids?.RequestId ?? context.TraceIdentifier;
    }
}
