using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Gateway.Health;
using FhirRecovery.Gateway.Mailbox;
using FhirRecovery.Gateway.Metadata;
using FhirRecovery.Gateway.Observability;
using FhirRecovery.Gateway.Referrals;
using FhirRecovery.Gateway.Requests;
using FhirRecovery.Gateway.Routing;
using FhirRecovery.Gateway.Trust;
using FhirRecovery.Gateway.Validation;

namespace FhirRecovery.Gateway.Hosting;

internal static class FhirGatewayApplicationExtensions
{
    /// <summary>The request pipeline, outermost first, and the endpoints.</summary>
    public static WebApplication MapFhirGateway(this WebApplication app)
    {
        // Ids first, so that every later log line, the request log included, carries them.
        app.UseMiddleware<CorrelationMiddleware>();
        app.UseMiddleware<RequestLoggingMiddleware>();
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = UnhandledExceptionResponder.WriteAsync,
            // The responder logs the exception once, with the route template; the framework's log would repeat it.
            SuppressDiagnosticsCallback = _ => true,
        });
        app.UseStatusCodePages(StatusCodeOutcomes.WriteAsync);
        if (!app.Environment.IsDevelopment())
        {
            // Outside Development the gateway is served over HTTPS (a Kestrel HTTPS endpoint per deployment, see the README).
            app.UseHsts();
        }

        app.UseMiddleware<RequestLimitsMiddleware>();
        app.UseRouting();
        // Every endpoint needs a token of a known organisation (the fallback policy) unless it allows anonymous access.
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseRequestTimeouts();
        app.UseMiddleware<BodyShapeLimitsMiddleware>();

        app.MapGroup(string.Empty).AllowAnonymous().MapGatewayHealth();
        app.MapGroup(string.Empty).AllowAnonymous().AddEndpointFilter<NotAcceptableFilter>().MapMetadata();
        var fhir = app.MapGroup(string.Empty).AddEndpointFilter<NotAcceptableFilter>();
        fhir.MapValidate();
        fhir.MapGatewayRouting();
        fhir.MapReferrals();
        fhir.MapMailbox();
        fhir.MapConsentStore();
        Pathways.PathwayServiceCollectionExtensions.MapPathways(fhir);
        return app;
    }
}
