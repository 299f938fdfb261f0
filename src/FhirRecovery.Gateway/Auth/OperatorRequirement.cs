using FhirRecovery.Trust.Scopes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Auth;

/// <summary>Operator endpoints need both the operator role and the scope to read and search AuditEvents.</summary>
internal sealed class OperatorRequirement : IAuthorizationRequirement;

internal sealed class OperatorHandler(SenderOrganisations senders, IOptions<GatewayAuthenticationOptions> options) : AuthorizationHandler<OperatorRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, OperatorRequirement requirement)
    {
        var scopes = SenderOrganisations.Scopes(context.User);
        var hasScope = scopes.Allows(TrustPolicies.OperatorScopeResource, FhirInteraction.Read | FhirInteraction.Search);
        if (senders.HasRole(context.User, options.Value.OperatorRole) && hasScope)
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this,
                $"Operator endpoints need the '{options.Value.OperatorRole}' role and the scope system/{TrustPolicies.OperatorScopeResource}.rs."));
        }

        return Task.CompletedTask;
    }
}
