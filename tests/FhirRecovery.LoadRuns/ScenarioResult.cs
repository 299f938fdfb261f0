namespace FhirRecovery.LoadRuns;

/// <summary>What one scenario measured: successful answers per second, latency percentiles over every answer, and the
/// CPU time each process used during the measured phase.</summary>
internal sealed record ScenarioResult(Scenario Scenario, int Succeeded, int Failed, TimeSpan Elapsed, double P50Ms, double P99Ms, string? FirstFailure)
{
    public IReadOnlyDictionary<string, TimeSpan> CpuByProcess { get; init; } = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);

    public double PerSecond => Succeeded / Elapsed.TotalSeconds;

    /// <summary>CPU microseconds per successful answer spent by <paramref name="process"/>, or NaN when not measured.
    /// Unlike the rate, this hardly depends on what else the machine runs (cache and scheduler effects aside).</summary>
    public double CpuMicrosecondsPerAnswer(string process) =>
        Succeeded > 0 && CpuByProcess.TryGetValue(process, out var cpu) ? cpu.TotalMicroseconds / Succeeded : double.NaN;
}
