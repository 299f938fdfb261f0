using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;

namespace FhirRecovery.Gateway.Auth;

/// <summary>Part of the fallback policy: endpoints tagged "operator" (the routing work's operator route group:
/// /AuditEvent, dead-letter list and replay) also need the operator role and scope; other endpoints pass.</summary>
internal sealed class OperatorEndpointRequirement : IAuthorizationRequirement;

internal sealed class OperatorEndpointHandler(OperatorHandler operatorHandler) : AuthorizationHandler<OperatorEndpointRequirement>
{
    /// <summary>The tag of operator endpoints (kept equal to the routing work's OperatorEndpointMetadata.Tag).</summary>
    public const string OperatorTag = "operator";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, OperatorEndpointRequirement requirement)
    {
        var endpoint = (context.Resource as HttpContext)?.GetEndpoint();
        var tagged = endpoint?.Metadata.GetOrderedMetadata<ITagsMetadata>().Any(t => t.Tags.Contains(OperatorTag, StringComparer.Ordinal)) == true;
        if (!tagged)
        {
            context.Succeed(requirement);
            return;
        }

        var operatorContext = new AuthorizationHandlerContext([new OperatorRequirement()], context.User, context.Resource);
        await operatorHandler.HandleAsync(operatorContext);
        if (operatorContext.HasSucceeded)
        {
            context.Succeed(requirement);
        }
        else
        {
            var reason = operatorContext.FailureReasons.FirstOrDefault()?.Message ?? "Operator endpoints need the operator role and scope.";
            context.Fail(new AuthorizationFailureReason(this, reason));
        }
    }
}
