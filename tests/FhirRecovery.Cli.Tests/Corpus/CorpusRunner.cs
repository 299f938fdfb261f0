using System.Collections.Concurrent;
using System.Text.Json;

namespace FhirRecovery.Cli.Tests.Corpus;

/// <summary>Runs the corpus through the CLI contract in process: one <c>validate --output json</c> run per set of
/// --profile/--package options (loading the packages once per set rather than once per case keeps the corpus well
/// under a minute). A run that throws is repeated file by file so that one crashing case does not hide the others.</summary>
internal static class CorpusRunner
{
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, CorpusResult>>> s_byOptions = new();

    public static CorpusResult Run(CorpusCase corpusCase)
    {
        var batch = s_byOptions.GetOrAdd(corpusCase.OptionsKey, key => new(() => RunBatch(
            CorpusManifest.Cases.Where(c => c.OptionsKey == key && c.KnownDisagreement is null).ToList())));
        return batch.Value.TryGetValue(corpusCase.Id, out var result) ? result : RunBatch([corpusCase])[corpusCase.Id];
    }

    private static Dictionary<string, CorpusResult> RunBatch(IReadOnlyList<CorpusCase> cases)
    {
        var results = TryRun(cases);
        return results ?? cases.ToDictionary(c => c.Id, c => TryRun([c])?[c.Id] ?? Crashed(c));
    }

    private static Dictionary<string, CorpusResult>? TryRun(IReadOnlyList<CorpusCase> cases)
    {
        CliRun run;
        try
        {
            run = CliRun.Of(Arguments(cases));
        }
#pragma warning disable CA1031 // a validator exception is a finding about the case, reported by its test
        catch (Exception) when (cases.Count > 1)
        {
            return null;
        }
        catch (Exception ex)
        {
            return new() { [cases[0].Id] = new CorpusResult(-1, null, $"the CLI threw {ex.GetType().Name}: {ex.Message}") };
        }
#pragma warning restore CA1031

        var lines = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToDictionary(l => Path.GetFullPath(l.GetProperty("file").GetString()!), StringComparer.Ordinal);
        return cases.ToDictionary(c => c.Id, c => lines.TryGetValue(CorpusManifest.PathOf(c.File), out var line)
            ? new CorpusResult(run.ExitCode, line, null)
            : new CorpusResult(run.ExitCode, null, $"no output line for the case (exit {run.ExitCode}): {run.Stderr}"));
    }

    private static string[] Arguments(IReadOnlyList<CorpusCase> cases)
    {
        var first = cases[0];
        return ["validate", "--output", "json",
            .. first.Profiles.SelectMany(p => new[] { "--profile", p }),
            .. first.Packages.SelectMany(p => new[] { "--package", CorpusManifest.PathOf(p) }),
            .. cases.Select(c => CorpusManifest.PathOf(c.File))];
    }

    private static CorpusResult Crashed(CorpusCase corpusCase) => new(-1, null, $"no result for {corpusCase.Id}");
}
