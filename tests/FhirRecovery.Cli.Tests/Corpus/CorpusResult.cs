using System.Text.Json;

namespace FhirRecovery.Cli.Tests.Corpus;

/// <summary>What the CLI answered for one case: its JSON line (with <c>valid</c> and <c>outcome</c>), the exit code of
/// the run it was part of, or why there is no answer (an exception, a missing line).</summary>
internal sealed record CorpusResult(int ExitCode, JsonElement? Line, string? Failure)
{
    private static readonly string[] s_placeProperties = ["expression", "location"];

    public bool Valid => Line?.GetProperty("valid").GetBoolean() ?? false;

    public JsonElement Outcome => Line!.Value.GetProperty("outcome");

    public IEnumerable<JsonElement> Issues => Line is null ? [] : Outcome.GetProperty("issue").EnumerateArray();

    /// <summary>A short rendering of the errors and warnings, for failure messages.</summary>
    public string Describe() => Failure ?? string.Join(Environment.NewLine, Issues
        .Where(i => i.GetProperty("severity").GetString() is "fatal" or "error" or "warning")
        .Select(i => $"  {i.GetProperty("severity").GetString()} at {FirstExpression(i)}: {Text(i)}"));

    public static string Text(JsonElement issue) =>
        (issue.TryGetProperty("details", out var d) && d.TryGetProperty("text", out var t) ? t.GetString() : null)
        ?? (issue.TryGetProperty("diagnostics", out var diag) ? diag.GetString() : null) ?? "";

    public static IEnumerable<string> Places(JsonElement issue) =>
        s_placeProperties
            .Where(name => issue.TryGetProperty(name, out _))
            .SelectMany(name => issue.GetProperty(name).EnumerateArray().Select(e => e.GetString() ?? ""));

    private static string FirstExpression(JsonElement issue) => Places(issue).FirstOrDefault() ?? "";
}
