using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Auth;

/// <summary>
/// Per-token rather than per-request authentication work: each bearer scheme's token handlers are wrapped in a
/// <see cref="CachingTokenHandler"/>, and the issuer-based scheme choice in an <see cref="IssuerSelectionCache"/>.
/// Registered after <see cref="AuthenticationServiceCollectionExtensions.AddGatewayAuthentication"/>; it changes
/// nothing about which tokens are accepted.
/// </summary>
internal static class TokenCacheServiceCollectionExtensions
{
    /// <summary>Distinct valid tokens remembered per scheme (a few hundred bytes each).</summary>
    public const int Capacity = 10_000;

    public static IServiceCollection AddValidatedTokenCache(this IServiceCollection services)
    {
        services.AddSingleton<IPostConfigureOptions<JwtBearerOptions>, CacheTokenValidation>();
        services.PostConfigure<PolicySchemeOptions>(AuthSchemes.ByIssuer, policy =>
        {
            if (policy.ForwardDefaultSelector is { } select)
            {
                policy.ForwardDefaultSelector = new IssuerSelectionCache(select, Capacity).Select;
            }
        });
        return services;
    }

    private sealed class CacheTokenValidation(TimeProvider time) : IPostConfigureOptions<JwtBearerOptions>
    {
        public void PostConfigure(string? name, JwtBearerOptions options)
        {
            // The gateway never reads the sender's token back (HttpContext.GetTokenAsync) and never forwards it;
            // storing a copy in every request's authentication properties was work for nothing.
            options.SaveToken = false;
            for (var i = 0; i < options.TokenHandlers.Count; i++)
            {
                if (options.TokenHandlers[i] is not CachingTokenHandler)
                {
                    options.TokenHandlers[i] = new CachingTokenHandler(options.TokenHandlers[i], time, Capacity);
                }
            }
        }
    }
}
