using FhirRecovery.Trust.Development;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.Tokens;

namespace FhirRecovery.Gateway.Auth;

/// <summary>
/// Authentication is configured, not coded: Entra ID through Microsoft.Identity.Web when its section has a ClientId,
/// one JWT bearer scheme per configured authority, and the development issuer in Development only. A policy scheme
/// forwards each request to the scheme of its token's issuer, so several authorities work at once.
/// </summary>
internal static class AuthenticationServiceCollectionExtensions
{
    public const string EntraIdSection = GatewayAuthenticationOptions.SectionName + ":EntraId";

    public static IServiceCollection AddGatewayAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<GatewayAuthenticationOptions>().Bind(configuration.GetSection(GatewayAuthenticationOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GatewayAuthenticationOptions>, GatewayAuthenticationOptionsValidator>());
        var options = configuration.GetSection(GatewayAuthenticationOptions.SectionName).Get<GatewayAuthenticationOptions>() ?? new();
        var skew = TimeSpan.FromSeconds(Math.Clamp(options.ClockSkewSeconds, 0, 600));

        var builder = services.AddAuthentication(AuthSchemes.ByIssuer);
        var byIssuer = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var authority in options.Authorities.Where(a => a.Name.Length > 0 && a.Issuer.Length > 0))
        {
            var scheme = AuthSchemes.ForAuthority(authority.Name);
            byIssuer[authority.Issuer] = scheme;
            builder.AddJwtBearer(scheme, jwt => ConfigureAuthority(jwt, authority, skew, environment.ContentRootPath));
        }

        var developmentIssuer = options.DevelopmentIssuer.Enabled && environment.IsDevelopment();
        if (developmentIssuer)
        {
            var keyPath = options.DevelopmentIssuer.SigningKeyPath ?? DevelopmentIssuerDefaults.SigningKeyPath;
            var key = DevelopmentSigningKey.LoadOrCreate(keyPath);
            byIssuer[DevelopmentIssuerDefaults.Issuer] = AuthSchemes.Development;
            builder.AddJwtBearer(AuthSchemes.Development, jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = Parameters(DevelopmentIssuerDefaults.Issuer, DevelopmentIssuerDefaults.Audience, skew, [key.SecurityKey]);
            });
            services.AddHostedService<DevelopmentIssuerWarning>();
        }

        string? entraScheme = null;
        if (!string.IsNullOrWhiteSpace(configuration[EntraIdSection + ":ClientId"]))
        {
            entraScheme = AuthSchemes.EntraId;
            builder.AddMicrosoftIdentityWebApi(configuration.GetSection(EntraIdSection), AuthSchemes.EntraId);
            var instance = configuration[EntraIdSection + ":Instance"];
            services.Configure<JwtBearerOptions>(AuthSchemes.EntraId, jwt =>
            {
                jwt.MapInboundClaims = false;
                if (Uri.TryCreate(instance, UriKind.Absolute, out var uri) && uri.IsLoopback)
                {
                    // A loopback instance (a test authority on this machine) only: plain-HTTP discovery, and the plain
                    // issuer check against the authority, because Microsoft.Identity.Web's AAD issuer validator fetches
                    // its own metadata over HTTPS only. Any real instance keeps both of Microsoft.Identity.Web's checks.
                    jwt.RequireHttpsMetadata = false;
                    jwt.TokenValidationParameters.IssuerValidator = null;
                    jwt.TokenValidationParameters.ValidateIssuer = true;
                    jwt.TokenValidationParameters.ValidIssuer = jwt.Authority?.TrimEnd('/');
                }
            });
        }

        // Nothing configured: a scheme that accepts no token, so protected requests are 401, never open.
        builder.AddJwtBearer(AuthSchemes.NoAuthority, jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = Parameters("urn:fhir-recovery:no-authority", "urn:fhir-recovery:no-audience", skew, []);
        });
        var fallback = byIssuer.Count > 0 ? byIssuer.Values.First() : entraScheme ?? AuthSchemes.NoAuthority;
        var selector = new IssuerSchemeSelector(byIssuer, entraScheme, fallback, entraScheme is null ? null : configuration[EntraIdSection + ":Instance"]);
        builder.AddPolicyScheme(AuthSchemes.ByIssuer, "Bearer token of any configured authority", policy => policy.ForwardDefaultSelector = selector.Select);

        services.AddAuthorizationBuilder()
            .AddPolicy(TrustPolicies.KnownOrganisation, p => p.RequireAuthenticatedUser().AddRequirements(new KnownOrganisationRequirement()))
            .AddPolicy(TrustPolicies.Operator, p => p.RequireAuthenticatedUser().AddRequirements(new KnownOrganisationRequirement(), new OperatorRequirement()))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
                .AddRequirements(new KnownOrganisationRequirement(), new OperatorEndpointRequirement()).Build());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, KnownOrganisationHandler>());
        services.TryAddSingleton<OperatorHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, OperatorHandler>(sp => sp.GetRequiredService<OperatorHandler>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAuthorizationHandler, OperatorEndpointHandler>());
        services.TryAddSingleton<SenderOrganisations>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, OutcomeAuthorizationResultHandler>();
        services.TryAddSingleton<FailedSignInAudit>();
        services.AddHostedService<FailedSignInAuditFlusher>();
        return services;
    }

    private static void ConfigureAuthority(JwtBearerOptions jwt, JwtAuthorityOptions authority, TimeSpan skew, string contentRoot)
    {
        jwt.MapInboundClaims = false;
        jwt.Authority = string.IsNullOrWhiteSpace(authority.Authority) ? null : authority.Authority;
        jwt.MetadataAddress = string.IsNullOrWhiteSpace(authority.MetadataAddress) ? null! : authority.MetadataAddress;
        jwt.RequireHttpsMetadata = authority.RequireHttpsMetadata;
        IReadOnlyList<SecurityKey> keys = string.IsNullOrWhiteSpace(authority.SigningKeyFile)
            ? []
            : SigningKeyFiles.Load(Path.Combine(contentRoot, authority.SigningKeyFile));
        jwt.TokenValidationParameters = Parameters(authority.Issuer, authority.Audience, skew, keys);
    }

    private static TokenValidationParameters Parameters(string issuer, string audience, TimeSpan skew, IReadOnlyList<SecurityKey> keys) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = issuer,
        ValidateAudience = true,
        ValidAudience = audience,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuerSigningKey = true,
        IssuerSigningKeys = keys.Count > 0 ? keys : null,
        ClockSkew = skew,
    };
}
