using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace FhirRecovery.Gateway.Health;

internal static class HealthEndpoints
{
    private const string ReadyTag = "ready";

    public static IServiceCollection AddGatewayHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DefinitionsHealthCheck>("definitions", tags: [ReadyTag]);
        return services;
    }

    /// <summary>/health/live runs no check: it answers 200 as long as the process serves requests.
    /// /health/ready answers 503 until the definitions are loaded and the enforced profiles compiled.</summary>
    public static IEndpointRouteBuilder MapGatewayHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions
        {
            Predicate = _ => false,
            ResponseWriter = HealthResponse.WriteAsync,
        }).WithName("health-live");
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthResponse.WriteAsync,
        }).WithName("health-ready");
        return endpoints;
    }
}
