using System.Globalization;

namespace FhirRecovery.LoadRuns;

/// <summary>The command line of <c>run</c>: <c>--duration 20 --warmup 5 --concurrency 16 --scenarios a,b,c,d,e,e0
/// --gateway PATH --output FILE</c> (seconds; every option has a default).</summary>
internal sealed record LoadRunOptions(TimeSpan Duration, TimeSpan Warmup, int Concurrency, IReadOnlyList<string> Scenarios, string? GatewayDll, string? Output)
{
    public static LoadRunOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Expected an option, found '{args[i]}'.");
            }

            values[args[i][2..]] = args[i + 1];
        }

        return new LoadRunOptions(
            TimeSpan.FromSeconds(Number(values, "duration", 20)),
            TimeSpan.FromSeconds(Number(values, "warmup", 5)),
            Number(values, "concurrency", 16),
            values.TryGetValue("scenarios", out var s) ? s.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : ["a", "b", "c", "d", "e", "e0"],
            values.GetValueOrDefault("gateway"),
            values.GetValueOrDefault("output"));
    }

    private static int Number(Dictionary<string, string> values, string name, int fallback) =>
        values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
