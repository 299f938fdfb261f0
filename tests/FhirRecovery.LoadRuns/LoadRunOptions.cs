using System.Globalization;

namespace FhirRecovery.LoadRuns;

/// <summary>The command line of <c>run</c>: <c>--duration 20 --warmup 5 --concurrency 16 --scenarios a,b,c,d,e,e0,e1
/// --gateway PATH --gateway-env NAME=VALUE,NAME=VALUE --output FILE</c> (seconds; every option has a default).
/// <c>--gateway-env</c> adds environment variables to the gateway process only, for A/B runs of runtime settings
/// (e.g. <c>DOTNET_gcServer=0</c>).</summary>
internal sealed record LoadRunOptions(TimeSpan Duration, TimeSpan Warmup, int Concurrency, IReadOnlyList<string> Scenarios, string? GatewayDll, string? Output)
{
    public IReadOnlyDictionary<string, string> GatewayEnvironment { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

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
            values.GetValueOrDefault("output"))
        {
            GatewayEnvironment = (values.GetValueOrDefault("gateway-env") ?? string.Empty)
                .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(pair => pair.Split('=', 2))
                .ToDictionary(pair => pair[0], pair => pair.Length > 1 ? pair[1] : string.Empty, StringComparer.Ordinal),
        };
    }

    private static int Number(Dictionary<string, string> values, string name, int fallback) =>
        values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
