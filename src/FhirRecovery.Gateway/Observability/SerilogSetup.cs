using FhirRecovery.Gateway.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace FhirRecovery.Gateway.Observability;

/// <summary>Serilog is configured here and nowhere else: libraries log through Microsoft.Extensions.Logging.</summary>
internal static class SerilogSetup
{
    private const string TextTemplate =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj} {Properties:j}{NewLine}{Exception}";

    public static IServiceCollection AddGatewaySerilog(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(GatewayConfiguration.SectionName);
        services.AddOptions<ObservabilityOptions>().Bind(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ObservabilityOptions>, ObservabilityOptionsValidator>());

        // Read here, leniently, because the logger must exist before validation can report a wrong value.
        var format = (section.Get<ObservabilityOptions>() ?? new ObservabilityOptions()).ParsedLogFormat;

        // preserveStaticLogger: each host owns its logger, so several hosts (tests) never share one through Log.Logger.
        services.AddSerilog((provider, logger) =>
        {
            logger
                .MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .ReadFrom.Configuration(configuration)
                .ReadFrom.Services(provider)
                .Enrich.FromLogContext()
                .Enrich.With<RequestPathScrubber>()
                // Resources and bodies never reach a sink, however a log call passes them.
                .Destructure.With<PatientDataRedaction>()
                .Enrich.With<PatientDataRedaction>();

            // Forced after the configuration so that no appsettings file can turn them back on: ASP.NET Core's own
            // request logs print the full URL with its query string, and Kestrel's bad-request logs the request target;
            // YARP's forwarder prints the URL it proxies to (a search by NHS number carries it in the query string).
            logger
                .MinimumLevel.Override("Yarp.ReverseProxy", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.AspNetCore.Server.Kestrel.BadRequests", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.AspNetCore.HttpLogging", LogEventLevel.Warning);

            if (format == ConsoleLogFormat.Text)
            {
                logger.WriteTo.Console(outputTemplate: TextTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
            else
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
        }, preserveStaticLogger: true);
        CachingLoggerFactory.Decorate(services);
        return services;
    }
}
