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
/// <c>GET /{type}/{id}</c> (read) and <c>GET /{type}?...</c> (search) of a partner's resources, with the owner named by
/// the target header (or <c>?_target=</c>, the same base64 value, for clients that cannot set headers). The trust
/// gate is asked before the owner is (scope, organisation, read rules), then YARP forwards the request to the owner's
/// endpoint and the answer is BUFFERED, not streamed: the gate is asked again with the people the answer concerns
/// (registered practice, consent) and only then is the answer relayed. Refused: 403, nothing of the body. Audited.
/// </summary>
internal static class ReadPassThrough
{
    public const string TargetQueryParameter = "_target";

    public static IEndpointRouteBuilder MapReadPassThrough(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/{type}/{id}", (HttpContext context, string type, string id, ReadDependencies services) =>
            PassThroughAsync(context, type, $"{type}/{Uri.EscapeDataString(id)}", services)).WithName("read-pass-through");
        // Resource type names only, so GET on an operation route ($validate) still answers 405.
        endpoints.MapGet("/{type:regex(^(?-i)[A-Z][A-Za-z]+$)}", (HttpContext context, string type, ReadDependencies services) =>
            PassThroughAsync(context, type, type, services)).WithName("search-pass-through");
        return endpoints;
    }

    private static async Task<IResult> PassThroughAsync(HttpContext context, string type, string ownerPath, ReadDependencies services)
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

        var resolution = services.Resolver.ResolveTargetHeader(target);
        if (resolution is not TargetResolution.Resolved { Endpoints.Length: 1 } resolved)
        {
            return ResolutionResults.Refusal(resolution is TargetResolution.Resolved many
                ? new TargetResolution.MultipleMatches("The target resolves to several endpoints.", many.Endpoints) : resolution);
        }

        var endpoint = resolved.Endpoints[0];
        var organization = endpoint.OrganizationId ?? string.Empty;
        var request = new ReadRequest(type, organization, services.Directory.Current.ServiceTypesOf(organization));
        var before = await services.Gate.AuthorizeReadAsync(context, request, context.RequestAborted);
        if (!before.Allowed)
        {
            return await RefuseAsync(context, services, endpoint, type, before);
        }

        var ids = context.Features.Get<CorrelationIds>() ?? new CorrelationIds(context.TraceIdentifier, context.TraceIdentifier);
        var query = new QueryBuilder(context.Request.Query.Where(q => q.Key != TargetQueryParameter)).ToQueryString();
        // The gateway must read the answer before relaying it, so the owner is asked for it uncompressed.
        context.Request.Headers.AcceptEncoding = default;
        using var answer = new MemoryStream();
        var (error, problem) = await ForwardIntoAsync(context, services.Forwarder, endpoint, ownerPath + query, ids, answer);
        if (error != ForwarderError.None)
        {
            await services.AuditAsync(context, endpoint, type, AuditOutcome.MinorFailure, problem);
            context.Response.Clear();
            return new FhirResult(StatusCodes.Status503ServiceUnavailable,
                Outcomes.Error(OperationOutcome.IssueType.Transient, $"The owner's endpoint '{endpoint.Id}' could not be reached."));
        }

        var status = context.Response.StatusCode;
        var resource = answer.Length == 0 ? null : OwnerAnswer.Parse(answer.ToArray(), context.Response.ContentType is { } ct ? ct.Split(';')[0].Trim() : null);
        if (status >= 400 || answer.Length == 0)
        {
            // The owner's refusal or miss: relayed when it is an OperationOutcome (or empty), never anything else.
            await services.AuditAsync(context, endpoint, type, status < 400 ? AuditOutcome.Success : AuditOutcome.MinorFailure, status < 400 ? null : $"The owner answered {status}.");
            return answer.Length == 0 || resource is OperationOutcome ? await RelayAsync(context, answer) : Replace(context, status, $"The owner answered {status}.");
        }

        if (resource is null)
        {
            await services.AuditAsync(context, endpoint, type, AuditOutcome.MinorFailure, "The owner's answer is not a FHIR resource the gateway can read.");
            return Replace(context, StatusCodes.Status502BadGateway, "The owner's answer is not a FHIR resource the gateway can check, so nothing of it is relayed.");
        }

        var people = AnswerPeople.Find(resource);
        var subjects = await services.Subjects.ResolveAsync(people, endpoint, ids, context.RequestAborted);
        var after = await services.Gate.AuthorizeReadAsync(context, request with { Subjects = subjects }, context.RequestAborted);
        if (!after.Allowed)
        {
            context.Response.Clear();
            return await RefuseAsync(context, services, endpoint, type, after);
        }

        await services.AuditAsync(context, endpoint, type, AuditOutcome.Success, null);
        return await RelayAsync(context, answer);
    }

    /// <summary>YARP writes the owner's status and headers to the response as usual, but its body into
    /// <paramref name="answer"/>: nothing reaches the caller until the gate has seen it.</summary>
    private static async Task<(ForwarderError Error, string? Problem)> ForwardIntoAsync(HttpContext context, ReceiverForwarder forwarder,
        DirectoryEndpoint endpoint, string relativePath, CorrelationIds ids, MemoryStream answer)
    {
        var callerBody = context.Response.Body;
        context.Response.Body = answer;
        try
        {
            return await forwarder.ForwardAsync(context, endpoint, relativePath, ids);
        }
        finally
        {
            context.Response.Body = callerBody;
        }
    }

    private static async Task<IResult> RelayAsync(HttpContext context, MemoryStream answer)
    {
        answer.Position = 0;
        context.Response.ContentLength = answer.Length;
        await answer.CopyToAsync(context.Response.Body, context.RequestAborted);
        return Results.Empty;
    }

    private static FhirResult Replace(HttpContext context, int status, string text)
    {
        context.Response.Clear();
        return new FhirResult(status, Outcomes.Error(status == StatusCodes.Status404NotFound ? OperationOutcome.IssueType.NotFound : OperationOutcome.IssueType.Exception, text));
    }

    private static async Task<IResult> RefuseAsync(HttpContext context, ReadDependencies services, DirectoryEndpoint endpoint, string type, TrustDecision decision)
    {
        await services.AuditAsync(context, endpoint, type, AuditOutcome.MinorFailure, $"Refused by the trust gate ({decision.StatusCode}).");
        return new FhirResult(decision.StatusCode, decision.Outcome ?? Outcomes.Error(OperationOutcome.IssueType.Forbidden, "This read is not allowed."));
    }
}
