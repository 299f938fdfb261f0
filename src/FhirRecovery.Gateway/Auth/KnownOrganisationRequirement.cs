using Microsoft.AspNetCore.Authorization;

namespace FhirRecovery.Gateway.Auth;

/// <summary>The token's organisation claim names an active organisation of the routing directory.</summary>
internal sealed class KnownOrganisationRequirement : IAuthorizationRequirement;

internal sealed class KnownOrganisationHandler(SenderOrganisations senders) : AuthorizationHandler<KnownOrganisationRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, KnownOrganisationRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated == true && senders.Find(context.User) is not null)
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, "The token's organisation is not a known, active organisation of the routing directory."));
        }

        return Task.CompletedTask;
    }
}
