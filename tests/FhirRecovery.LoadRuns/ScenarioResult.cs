namespace FhirRecovery.LoadRuns;

/// <summary>What one scenario measured: successful answers per second and latency percentiles over every answer.</summary>
internal sealed record ScenarioResult(Scenario Scenario, int Succeeded, int Failed, TimeSpan Elapsed, double P50Ms, double P99Ms, string? FirstFailure)
{
    public double PerSecond => Succeeded / Elapsed.TotalSeconds;
}
