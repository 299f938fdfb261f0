using FhirRecovery.Gateway.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Definitions;

internal static class DefinitionsServiceCollectionExtensions
{
    public static IServiceCollection AddDefinitions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DefinitionsOptions>().Bind(configuration.GetSection(GatewayConfiguration.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DefinitionsOptions>, DefinitionsOptionsValidator>());
        services.TryAddSingleton<DefinitionsState>();
        services.AddHostedService<DefinitionsLoader>();
        return services;
    }
}
