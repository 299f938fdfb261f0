using FhirRecovery.Gateway.Delivery;
using FhirRecovery.Gateway.Messaging;
using FhirRecovery.Routing.Resolution;
using FhirRecovery.Routing.ServiceDirectory;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Routing;

/// <summary>Registers routing: the directory (opened at start-up, reloaded on file change), target resolution, the
/// routed endpoints' services, and the outbox with its delivery worker.</summary>
internal static class RoutingServiceCollectionExtensions
{
    public static IServiceCollection AddGatewayRouting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RoutingOptions>().Bind(configuration.GetSection(RoutingOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RoutingOptions>, RoutingOptionsValidator>();
        services.AddSingleton<IDirectorySource>(sp => FileDirectorySource.Open(
            sp.GetRequiredService<IOptions<RoutingOptions>>().Value.ResolvedDirectoryPath,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<FileDirectorySource>>()));
        services.AddSingleton<DirectoryReloadAudit>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectoryReloadAudit>());
        services.AddSingleton<TargetResolver>();
        services.AddSingleton<PatientKeys>();
        services.AddSingleton<RoutedIntake>();
        services.AddSingleton<RoutedDispatcher>();
        services.AddGatewayOutbox(configuration);
        return services;
    }

    public static IEndpointRouteBuilder MapGatewayRouting(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMessaging();
        endpoints.MapReadPassThrough();
        endpoints.MapReceiverHealthChecks();
        Audit.OperatorEndpoints.MapOperatorEndpoints(endpoints);
        endpoints.MapDirectoryAdmin();
        return endpoints;
    }
}
