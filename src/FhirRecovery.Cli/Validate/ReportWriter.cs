using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace FhirRecovery.Cli.Validate;

/// <summary>Writes one file's result in the chosen output format.</summary>
internal static class ReportWriter
{
    public static void Write(TextWriter stdout, OutputFormat format, string file, bool valid, OperationOutcome outcome)
    {
        if (format == OutputFormat.Json)
        {
            WriteJsonLine(stdout, file, valid, outcome);
        }
        else
        {
            WriteText(stdout, file, valid, outcome);
        }
    }

    // One JSON object per line: {"file": "...", "valid": true|false, "outcome": <OperationOutcome>}.
    private static void WriteJsonLine(TextWriter stdout, string file, bool valid, OperationOutcome outcome)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("file", file);
            writer.WriteBoolean("valid", valid);
            writer.WritePropertyName("outcome");
            writer.WriteRawValue(outcome.ToJson(pretty: false));
            writer.WriteEndObject();
        }

        stdout.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteText(TextWriter stdout, string file, bool valid, OperationOutcome outcome)
    {
        var findings = outcome.Issue.Where(i => !IsAllOk(i)).ToList();
        var errors = findings.Count(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal);
        var warnings = findings.Count(i => i.Severity is OperationOutcome.IssueSeverity.Warning);
        stdout.WriteLine($"{file}: {(valid ? "valid" : "INVALID")} ({errors} error(s), {warnings} warning(s))");
        foreach (var issue in findings)
        {
            var where = issue.Expression.FirstOrDefault() ?? issue.Location.FirstOrDefault();
            var severity = issue.Severity?.ToString().ToLowerInvariant() ?? "error";
            var code = issue.Code?.ToString().ToLowerInvariant() ?? "processing";
            stdout.WriteLine($"  {severity} [{code}] {(where is null ? string.Empty : where + ": ")}{issue.Diagnostics ?? issue.Details?.Text}");
        }
    }

    private static bool IsAllOk(OperationOutcome.IssueComponent issue) =>
        issue.Severity == OperationOutcome.IssueSeverity.Information && issue.Code == OperationOutcome.IssueType.Informational
        && !issue.Expression.Any() && !issue.Location.Any();
}
