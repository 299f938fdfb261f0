using FhirRecovery.Gateway.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Requests;

internal static class RequestLimitsServiceCollectionExtensions
{
    public static IServiceCollection AddRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RequestLimitsOptions>().Bind(configuration.GetSection(GatewayConfiguration.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RequestLimitsOptions>, RequestLimitsOptionsValidator>());

        // Kestrel enforces the same limit for bodies without a declared length (chunked), so no endpoint can be
        // made to buffer more than the limit; the $validate reader turns its error into a 413 OperationOutcome.
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestLimitsOptions>>((kestrel, limits) =>
        {
            kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes;
            kestrel.AddServerHeader = false;
        });
        return services;
    }
}
