using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace FhirRecovery.Gateway.Trust;

/// <summary>
/// The gateway's own Kestrel endpoints, from <c>FhirRecovery:Kestrel</c> (the same shape as ASP.NET Core's
/// <c>Kestrel</c> section: <c>Endpoints:Https:Url</c>, <c>Certificate:Path</c>, <c>Certificate:Password</c>, ...).
/// appsettings.Production.json puts the HTTPS endpoint there, not in the framework's own <c>Kestrel</c> section, because
/// every ASP.NET Core host in the same folder would read that one: the test receivers beside the gateway's binaries
/// (environment Production by default) would all try to bind the gateway's port with its certificate. When this section
/// names endpoints it replaces the framework's section; otherwise <c>--urls</c>, <c>ASPNETCORE_URLS</c> and
/// <c>Kestrel:*</c> work as usual.
/// </summary>
internal static class HttpsEndpoints
{
    public const string SectionName = "FhirRecovery:Kestrel";

    public static IServiceCollection AddGatewayEndpoints(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        services.Configure<KestrelServerOptions>(kestrel =>
        {
            if (section.GetSection("Endpoints").GetChildren().Any())
            {
                kestrel.Configure(section, reloadOnChange: false);
            }
        });
        return services;
    }
}
