using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using IssueType = Hl7.Fhir.Model.OperationOutcome.IssueType;

namespace FhirRecovery.Gateway.Auth;

/// <summary>A refused authenticated request gets a 403 OperationOutcome that says why (the reasons name the rule, never
/// the person). Unauthenticated requests are challenged as usual: 401, WWW-Authenticate, and the status-code outcome.</summary>
internal sealed class OutcomeAuthorizationResultHandler(ILogger<OutcomeAuthorizationResultHandler> logger) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (!authorizeResult.Forbidden || context.User.Identity?.IsAuthenticated != true)
        {
            return _default.HandleAsync(next, context, policy, authorizeResult);
        }

        var reasons = authorizeResult.AuthorizationFailure?.FailureReasons.Select(r => r.Message).Distinct(StringComparer.Ordinal).ToList() ?? [];
        var message = reasons.Count > 0 ? string.Join(" ", reasons) : "The request is not allowed.";
        var endpoint = context.GetEndpoint()?.DisplayName ?? "(no endpoint)";
        Log.AccessRefused(logger, context.Request.Method, endpoint);
        return FhirResponse.WriteAsync(context, StatusCodes.Status403Forbidden, Outcomes.Error(IssueType.Forbidden, message),
            ResponseNegotiation.NegotiateOrJson(context.Request));
    }
}
