using FhirRecovery.Gateway.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Metadata;

internal static class MetadataServiceCollectionExtensions
{
    public static IServiceCollection AddMetadata(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MetadataOptions>().Bind(configuration.GetSection(GatewayConfiguration.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MetadataOptions>, MetadataOptionsValidator>());
        return services;
    }
}
