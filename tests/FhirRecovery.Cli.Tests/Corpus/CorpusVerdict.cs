using System.Text.Json;
using System.Text.RegularExpressions;

namespace FhirRecovery.Cli.Tests.Corpus;

/// <summary>Compares the CLI's answer with the reference verdict of a case.</summary>
internal static partial class CorpusVerdict
{
    /// <summary>Null when the answer agrees; otherwise what differs.</summary>
    public static string? Disagreement(CorpusCase corpusCase, CorpusResult result)
    {
        if (result.Line is null)
        {
            return result.Failure;
        }

        // Cases run in batches: a batch exits 1 when any of its files is invalid.
        if (!result.Valid && result.ExitCode != 1)
        {
            return $"invalid, but the run exited {result.ExitCode}";
        }

        if (result.Valid != corpusCase.ExpectedValid)
        {
            return $"expected {corpusCase.Expected}, the validator says {(result.Valid ? "valid" : "invalid")}";
        }

        var finding = corpusCase.Finding;
        if (!corpusCase.ExpectedValid && finding is not null && !result.Issues.Any(i => Matches(i, finding)))
        {
            return $"invalid as expected, but no error at '{finding.Expression}' mentioning '{finding.Message}'";
        }

        return null;
    }

    private static bool Matches(JsonElement issue, CorpusFinding finding)
    {
        if (issue.GetProperty("severity").GetString() is not ("error" or "fatal"))
        {
            return false;
        }

        // The Java validator writes resource identities as comments inside paths: Bundle.entry[0].resource/*Patient/p1*/.gender
        var places = CorpusResult.Places(issue).Select(p => PathComment().Replace(p, "")).ToList();
        if (finding.Expression is not null && !places.Any(p => p.StartsWith(finding.Expression, StringComparison.Ordinal)))
        {
            return false;
        }

        return finding.Message is null
            || CorpusResult.Text(issue).Contains(finding.Message, StringComparison.OrdinalIgnoreCase)
            || places.Any(p => p.Contains(finding.Message, StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"/\*.*?\*/")]
    private static partial Regex PathComment();
}
