using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace FhirRecovery.LoadRuns;

/// <summary>The results as markdown, with the environment they were measured in and the issue's targets.</summary>
internal static class Report
{
    public static string Environment() =>
        string.Create(CultureInfo.InvariantCulture, $"""
        | | |
        |---|---|
        | CPU | {CpuModel()} |
        | cores | {System.Environment.ProcessorCount} |
        | OS | {RuntimeInformation.OSDescription} |
        | .NET | {RuntimeInformation.FrameworkDescription} |
        """);

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    public static string Write(LoadRunOptions options, DateTimeOffset started, string loadBefore, IReadOnlyList<(ScenarioResult Result, string LoadAfter)> results,
        IReadOnlyList<string> notes)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"# Load run {started:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine();
        text.AppendLine(Environment());
        text.AppendLine(invariant, $"| load average (1/5/15 min) before | {loadBefore} |");
        text.AppendLine(invariant, $"| concurrency | {options.Concurrency} closed-loop callers |");
        if (options.GatewayEnvironment.Count > 0)
        {
            text.AppendLine(invariant, $"| gateway environment added | {string.Join(", ", options.GatewayEnvironment.Select(e => $"`{e.Key}={e.Value}`"))} |");
        }

        text.AppendLine(invariant, $"| duration | {options.Warmup.TotalSeconds:0} s warm-up (not counted), then {options.Duration.TotalSeconds:0} s measured per scenario |");
        text.AppendLine();
        text.AppendLine("| scenario | answers/s | p50 ms | p99 ms | ok | failed | answering process: CPU us/answer | receiver CPU us/answer | load average after |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var (result, loadAfter) in results)
        {
            var front = result.Scenario.Front;
            text.AppendLine(invariant,
                $"| ({result.Scenario.Key}) {result.Scenario.Title} | {result.PerSecond:0} | {result.P50Ms:0.00} | {result.P99Ms:0.00} | {result.Succeeded} | {result.Failed} | {front}: {result.CpuMicrosecondsPerAnswer(front):0} | {result.CpuMicrosecondsPerAnswer("receiver"):0} | {loadAfter} |");
        }

        text.AppendLine();
        text.AppendLine("| target | measured | |");
        text.AppendLine("|---|---|---|");
        var byKey = results.ToDictionary(r => r.Result.Scenario.Key, r => r.Result.PerSecond, StringComparer.Ordinal);
        Ratio(text, byKey, "c", "b", 0.85, "(c) >= 0.85 x (b)");
        Ratio(text, byKey, "d", "c", 0.6, "(d) >= 0.6 x (c)");
        if (byKey.TryGetValue("e", out var accepted))
        {
            text.AppendLine(invariant, $"| (e) >= 1,000 durable acceptances/s | {accepted:0}/s | {(accepted >= 1000 ? "met" : "**missed**")} |");
        }

        if (byKey.TryGetValue("e0", out var stored))
        {
            text.AppendLine(invariant, $"| (e0) the outbox alone, for comparison | {stored:0}/s | {(stored >= 1000 ? "met" : "**missed**")} |");
        }

        var byResult = results.ToDictionary(r => r.Result.Scenario.Key, r => r.Result, StringComparer.Ordinal);
        if (byResult.TryGetValue("b", out var yarp) && byResult.TryGetValue("c", out var passThrough))
        {
            // What the ratio of rates would approach if the proxy alone were the bottleneck, whatever else runs.
            var cost = passThrough.CpuMicrosecondsPerAnswer("gateway") / yarp.CpuMicrosecondsPerAnswer("yarp");
            text.AppendLine(invariant, $"| (c) vs (b) by CPU per answer (not the target; the load-independent cost) | {1 / cost:0.00} x (the gateway spends {cost:0.0} x YARP's CPU per read) | |");
        }

        foreach (var note in notes)
        {
            text.AppendLine();
            text.AppendLine(note);
        }

        foreach (var (result, _) in results.Where(r => r.Result.FirstFailure is not null))
        {
            text.AppendLine();
            text.AppendLine(invariant, $"First failure in ({result.Scenario.Key}): `{result.FirstFailure!.ReplaceLineEndings(" ")}`");
        }

        return text.ToString();
    }

    private static void Ratio(StringBuilder text, Dictionary<string, double> byKey, string numerator, string denominator, double target, string label)
    {
        if (byKey.TryGetValue(numerator, out var n) && byKey.TryGetValue(denominator, out var d) && d > 0)
        {
            var ratio = n / d;
            text.AppendLine(CultureInfo.InvariantCulture, $"| {label} | {ratio:0.00} x | {(ratio >= target ? "met" : "**missed**")} |");
        }
    }

    private static string CpuModel()
    {
        const string prefix = "model name";
        return File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown"
            : RuntimeInformation.ProcessArchitecture.ToString();
    }
}
