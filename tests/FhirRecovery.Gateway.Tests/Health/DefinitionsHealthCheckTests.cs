using FhirRecovery.Gateway.Definitions;
using FhirRecovery.Gateway.Health;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FhirRecovery.Gateway.Tests.Health;

// Readiness before and after a failed load cannot be caught reliably on a live host (loading takes well under a
// second), so the check itself is exercised on the real state object.
public sealed class DefinitionsHealthCheckTests
{
    [Fact]
    public async Task CheckHealth_WhileLoading_IsUnhealthy()
    {
        var check = new DefinitionsHealthCheck(new DefinitionsState());

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Fact]
    public async Task CheckHealth_AfterFailure_IsUnhealthy()
    {
        var state = new DefinitionsState();
        state.MarkFailed("profile did not compile");

        var result = await new DefinitionsHealthCheck(state).CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("failed", result.Description, StringComparison.Ordinal);
    }
}
