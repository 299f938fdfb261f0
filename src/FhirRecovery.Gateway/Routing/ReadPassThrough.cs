using FhirRecovery.Gateway.Delivery;
using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Gateway.Observability;
using FhirRecovery.Gateway.Trust;
using FhirRecovery.Routing.Audit;
using FhirRecovery.Routing.Resolution;
using FhirRecovery.Routing.ServiceDirectory;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Http.Extensions;
using Yarp.ReverseProxy.Forwarder;

namespace FhirRecovery.Gateway.Routing;

/// <summary>
/// <c>GET /{type}/{id}</c> of a partner's resource, with the owner named by the target header (or <c>?_target=</c>,
/// the same base64 value, for clients that cannot set headers): the trust gate's read check, then YARP forwards the
/// read to the owner's endpoint and relays its answer. Every read is audited.
/// </summary>
internal static class ReadPassThrough
{
    public const string TargetQueryParameter = "_target";

    public static IEndpointRouteBuilder MapReadPassThrough(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/{type}/{id}", ReadAsync).WithName("read-pass-through");
        return endpoints;
    }

    private static async Task<IResult> ReadAsync(
        HttpContext context, string type, string id, TargetResolver resolver, IDirectorySource directory,
        ReceiverForwarder forwarder, IAuditSink audit, TimeProvider time)
    {
        if (!ResourceTypes.IsKnown(type))
        {
            return FhirErrors.NotFound($"'{type}' is not a FHIR R4 resource type.");
        }

        var header = context.Request.Headers[TargetHeader.Name];
        var target = header.Count > 0 ? header.ToString() : context.Request.Query[TargetQueryParameter].ToString();
        if (string.IsNullOrEmpty(target))
        {
            // The gateway holds no resources of its own: without an owner named, there is nothing here to find.
            return FhirErrors.NotFound($"The gateway holds no {type} resources; a read of a partner's resource names its owner in the {TargetHeader.Name} header (or ?{TargetQueryParameter}=).");
        }

        var resolution = resolver.ResolveTargetHeader(target);
        if (resolution is not TargetResolution.Resolved { Endpoints.Length: 1 } resolved)
        {
            return ResolutionResults.Refusal(resolution is TargetResolution.Resolved many
                ? new TargetResolution.MultipleMatches("The target resolves to several endpoints.", many.Endpoints) : resolution);
        }

        var endpoint = resolved.Endpoints[0];
        var organization = endpoint.OrganizationId ?? string.Empty;
        var serviceTypes = directory.Current.ServicesOf(organization).SelectMany(s => s.ServiceTypes).Distinct().ToList();
        var decision = await context.RequestServices.GetRequiredService<ITrustGate>()
            .AuthorizeReadAsync(context, new ReadRequest(type, organization, serviceTypes, null), context.RequestAborted);
        var reader = SenderIdentity.Of(context);
        if (!decision.Allowed)
        {
            await audit.WriteAsync(Record(time, reader, endpoint, type, AuditOutcome.MinorFailure, $"Refused by the trust gate ({decision.StatusCode})."), context.RequestAborted);
            return new FhirResult(decision.StatusCode, decision.Outcome ?? Outcomes.Error(OperationOutcome.IssueType.Forbidden, "This read is not allowed."));
        }

        var query = new QueryBuilder(context.Request.Query.Where(q => q.Key != TargetQueryParameter)).ToQueryString();
        var ids = context.Features.Get<CorrelationIds>() ?? new CorrelationIds(context.TraceIdentifier, context.TraceIdentifier);
        var (error, problem) = await forwarder.ForwardAsync(context, endpoint, $"{type}/{Uri.EscapeDataString(id)}{query}", ids);
        var ok = error == ForwarderError.None && context.Response.StatusCode < 400;
        await audit.WriteAsync(Record(time, reader, endpoint, type, ok ? AuditOutcome.Success : AuditOutcome.MinorFailure, ok ? null : problem ?? $"The owner answered {context.Response.StatusCode}."), CancellationToken.None);
        if (error == ForwarderError.None)
        {
            return Results.Empty;
        }

        return context.Response.HasStarted ? Results.Empty : new FhirResult(StatusCodes.Status503ServiceUnavailable,
            Outcomes.Error(OperationOutcome.IssueType.Transient, $"The owner's endpoint '{endpoint.Id}' could not be reached."));
    }

    private static AuditRecord Record(TimeProvider time, string reader, DirectoryEndpoint endpoint, string type, AuditOutcome outcome, string? detail) =>
        new(time.GetUtcNow(), AuditAction.ProxiedRead, outcome, reader, reader, endpoint.Id, endpoint.OrganizationId, null, type, null, Detail: detail);
}
