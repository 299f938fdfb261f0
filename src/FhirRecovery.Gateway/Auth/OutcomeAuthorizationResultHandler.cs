using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using IssueType = Hl7.Fhir.Model.OperationOutcome.IssueType;

namespace FhirRecovery.Gateway.Auth;

/// <summary>A refused authenticated request gets a 403 OperationOutcome that says why (the reasons name the rule, never
/// the person). Unauthenticated requests are challenged as usual: 401, WWW-Authenticate, and the status-code outcome.</summary>
internal sealed class OutcomeAuthorizationResultHandler(
    ILogger<OutcomeAuthorizationResultHandler> logger, FailedSignInAudit failedSignIns, IOptions<GatewayAuthenticationOptions> options)
    : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Challenged)
        {
            // Every 401 is audit evidence (aggregated, so a flood cannot fill the store); then the usual challenge.
            await failedSignIns.RecordAsync(await SourceAsync(context));
        }

        if (!authorizeResult.Forbidden || context.User.Identity?.IsAuthenticated != true)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }

        var reasons = authorizeResult.AuthorizationFailure?.FailureReasons.Select(r => r.Message).Distinct(StringComparer.Ordinal).ToList() ?? [];
        var message = reasons.Count > 0 ? string.Join(" ", reasons) : "The request is not allowed.";
        var endpoint = context.GetEndpoint()?.DisplayName ?? "(no endpoint)";
        Log.AccessRefused(logger, context.Request.Method, endpoint);
        await FhirResponse.WriteAsync(context, StatusCodes.Status403Forbidden, Outcomes.Error(IssueType.Forbidden, message),
            ResponseNegotiation.NegotiateOrJson(context.Request));
    }

    private async Task<FailedSignInSource> SourceAsync(HttpContext context)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.Length == 0)
        {
            return new FailedSignInSource("no-token", null, null);
        }

        var (issuer, organisation) = UnverifiedToken.Read(authorization, options.Value.OrganisationClaim);
        // The handler caches its result per request, so this asks nothing twice; only the kind of failure is kept.
        var failure = (await context.AuthenticateAsync()).Failure;
        var reason = failure switch
        {
            _ when issuer is null => "unreadable-token",
            SecurityTokenExpiredException => "expired",
            SecurityTokenInvalidAudienceException => "wrong-audience",
            SecurityTokenInvalidIssuerException => "wrong-issuer",
            SecurityTokenNotYetValidException => "not-yet-valid",
            SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException => "bad-signature",
            _ => "rejected",
        };
        return new FailedSignInSource(reason, UnverifiedToken.Printable(issuer), UnverifiedToken.Printable(organisation));
    }
}
