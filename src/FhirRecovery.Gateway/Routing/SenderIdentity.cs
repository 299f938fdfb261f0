using System.Security.Claims;

namespace FhirRecovery.Gateway.Routing;

/// <summary>Who is calling, as far as the routing needs to know: half of the idempotency key and the audit agent.
/// The client id of the access token when there is one; "anonymous" before authentication is configured.</summary>
internal static class SenderIdentity
{
    private static readonly string[] _claimTypes = ["client_id", "azp", "appid", "sub", ClaimTypes.NameIdentifier];

    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            foreach (var type in _claimTypes)
            {
                if (user.FindFirst(type)?.Value is { Length: > 0 } value)
                {
                    return value;
                }
            }
        }

        return "anonymous";
    }
}
