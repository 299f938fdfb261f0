using System.Diagnostics;

namespace FhirRecovery.LoadRuns;

/// <summary>
/// Closed-loop load: <c>concurrency</c> callers each send a request, read the whole answer, and send the next, for the
/// warm-up (not recorded) and then the measured duration. Every answer's latency is kept; percentiles are exact.
/// </summary>
internal sealed class LoadDriver(HttpMessageInvoker client, int concurrency, TimeSpan warmup, TimeSpan duration)
{
    public async Task<ScenarioResult> RunAsync(Scenario scenario)
    {
        await RunPhaseAsync(scenario, warmup, requestOffset: 0);
        return await RunPhaseAsync(scenario, duration, requestOffset: 10_000_000);
    }

    private async Task<ScenarioResult> RunPhaseAsync(Scenario scenario, TimeSpan length, int requestOffset)
    {
        var clock = Stopwatch.StartNew();
        var callers = Enumerable.Range(0, concurrency).Select(caller => Task.Run(async () =>
        {
            var tally = new CallerTally();
            for (var i = requestOffset; clock.Elapsed < length; i++)
            {
                if (scenario.Operation is { } operation)
                {
                    var began = Stopwatch.GetTimestamp();
                    var failure = await operation(caller, i);
                    tally.LatencyTicks.Add(Stopwatch.GetTimestamp() - began);
                    tally.Succeeded += failure is null ? 1 : 0;
                    tally.Failed += failure is null ? 0 : 1;
                    tally.FirstFailure ??= failure;
                    continue;
                }

                using var request = scenario.Create!(caller, i);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(request, CancellationToken.None);
                    var body = await response.Content.ReadAsStringAsync();
                    tally.LatencyTicks.Add(Stopwatch.GetTimestamp() - started);
                    if ((int)response.StatusCode == scenario.ExpectedStatus)
                    {
                        tally.Succeeded++;
                    }
                    else
                    {
                        tally.Failed++;
                        tally.FirstFailure ??= $"{(int)response.StatusCode}: {body[..Math.Min(body.Length, 600)]}";
                    }
                }
                catch (HttpRequestException exception)
                {
                    tally.Failed++;
                    tally.FirstFailure ??= exception.Message;
                }
            }

            return tally;
        })).ToList();
        var tallies = await Task.WhenAll(callers);
        var elapsed = clock.Elapsed;
        var latencies = tallies.SelectMany(t => t.LatencyTicks).Order().ToArray();
        return new ScenarioResult(scenario, tallies.Sum(t => t.Succeeded), tallies.Sum(t => t.Failed), elapsed,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), tallies.Select(t => t.FirstFailure).FirstOrDefault(f => f is not null));
    }

    private static double Percentile(long[] sortedTicks, double p) => sortedTicks.Length == 0 ? double.NaN
        : sortedTicks[Math.Min(sortedTicks.Length - 1, (int)Math.Ceiling(p * sortedTicks.Length) - 1)] * 1000.0 / Stopwatch.Frequency;

    private sealed class CallerTally
    {
        public List<long> LatencyTicks { get; } = new(capacity: 4096);

        public int Succeeded { get; set; }

        public int Failed { get; set; }

        public string? FirstFailure { get; set; }
    }
}
