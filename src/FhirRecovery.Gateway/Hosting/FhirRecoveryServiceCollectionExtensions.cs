using FhirRecovery.Gateway.Auth;
using FhirRecovery.Gateway.Definitions;
using FhirRecovery.Gateway.Health;
using FhirRecovery.Gateway.Mailbox;
using FhirRecovery.Gateway.Metadata;
using FhirRecovery.Gateway.Observability;
using FhirRecovery.Gateway.Referrals;
using FhirRecovery.Gateway.Requests;
using FhirRecovery.Gateway.Routing;
using FhirRecovery.Gateway.Trust;
using FhirRecovery.Gateway.Validation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FhirRecovery.Gateway.Hosting;

/// <summary>Registers the whole gateway; each concern adds its own options, validators and services.</summary>
internal static class FhirRecoveryServiceCollectionExtensions
{
    public static WebApplicationBuilder AddFhirRecovery(this WebApplicationBuilder builder)
    {
        builder.Services.AddFhirRecovery(builder.Configuration);
        // Trust needs the environment: the development issuer exists only in Development.
        builder.Services.AddGatewayAuthentication(builder.Configuration, builder.Environment);
        builder.Services.AddValidatedTokenCache();
        builder.Services.AddGatewayTrust(builder.Configuration);
        builder.Services.AddGatewayProtection(builder.Configuration);
        return builder;
    }

    public static IServiceCollection AddFhirRecovery(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddGatewaySerilog(configuration);
        services.AddDefinitions(configuration);
        services.AddRequestLimits(configuration);
        services.AddMetadata(configuration);
        services.AddGatewayRouting(configuration);
        services.AddReferrals();
        services.AddMailbox();
        services.AddGatewayHealthChecks();
        Pathways.PathwayServiceCollectionExtensions.AddGatewayPathways(services, configuration);
        services.TryAddSingleton<ValidateOperation>();
        return services;
    }
}
