using FhirRecovery.Gateway.Definitions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FhirRecovery.Gateway.Health;

/// <summary>Ready once the packages are loaded and the enforced profiles compiled.</summary>
internal sealed class DefinitionsHealthCheck(DefinitionsState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state switch
        {
            { Ready: { } ready } => HealthCheckResult.Healthy(
                $"Definitions loaded ({string.Join(", ", ready.Catalog.Packages)}); {ready.EnforcedProfiles.Count} enforced profiles compiled."),
            { Failure: not null } => HealthCheckResult.Unhealthy("Loading the definitions failed; the gateway is stopping."),
            _ => HealthCheckResult.Unhealthy("Loading the FHIR definitions and compiling the enforced profiles."),
        });
}
