using FhirRecovery.Gateway.Delivery;
using FhirRecovery.Gateway.Messaging;
using FhirRecovery.Routing.Delivery;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Pathways;

/// <summary>Registers the care pathways: options, the pathway database, the message hook, the superseding
/// wrapper around the delivery transport, the handover sweeper and the metrics. Call after the routing.</summary>
internal static class PathwayServiceCollectionExtensions
{
    public static IServiceCollection AddGatewayPathways(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PathwayOptions>().Bind(configuration.GetSection(PathwayOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PathwayOptions>, PathwayOptionsValidator>();
        services.AddMetrics();
        services.AddSingleton(sp => new PathwayDatabase(sp.GetRequiredService<IOptions<PathwayOptions>>().Value
            .ResolvedSqlitePath(sp.GetRequiredService<IHostEnvironment>().ContentRootPath)));
        services.AddSingleton<HandoverStore>();
        services.AddSingleton<ReviewFlagStore>();
        services.AddSingleton<ReleaseAreaRule>();
        services.AddSingleton<RegisteredPracticeRule>();
        services.AddSingleton<PathwayRules>();
        services.AddSingleton<PathwayMetrics>();
        services.AddSingleton<IMessagePathwayHook, PathwayMessageHook>();
        services.AddSingleton<IDeliveryTransport>(sp => new SupersedingDeliveryTransport(
            ActivatorUtilities.CreateInstance<YarpDeliveryTransport>(sp), sp.GetRequiredService<HandoverStore>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<SupersedingDeliveryTransport>>()));
        services.AddHostedService<PathwayStartup>();
        services.AddSingleton<HandoverSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<HandoverSweeper>());
        return services;
    }

    public static IEndpointRouteBuilder MapPathways(this IEndpointRouteBuilder endpoints) => endpoints.MapPathwayOperatorEndpoints();
}
