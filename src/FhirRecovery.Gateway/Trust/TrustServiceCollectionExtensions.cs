using FhirRecovery.Trust.Permissions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FhirRecovery.Gateway.Trust;

internal static class TrustServiceCollectionExtensions
{
    public static IServiceCollection AddGatewayTrust(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TrustOptions>().Bind(configuration.GetSection(TrustOptions.SectionName)).ValidateOnStart();

        services.TryAddSingleton<PermissionPolicy>(PermissionPolicyProvider.Load);
        services.TryAddSingleton<IConsentStore>(sp =>
        {
            var options = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<TrustOptions>>().Value;
            var path = Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, options.ConsentDatabase);
            return new SqliteConsentStore(path, sp.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton<ITrustAudit, LoggingTrustAudit>();
        services.TryAddSingleton<ITrustGate, TrustGate>();
        // Proxied reads: the owner's Patient record, the people of an answer, and the read handlers' dependencies.
        services.TryAddSingleton<OwnerPatientReader>();
        services.TryAddSingleton<ReadSubjectResolver>();
        services.TryAddScoped<ReadDependencies>();
        services.AddHostedService<TrustStartupCheck>();
        return services;
    }
}
