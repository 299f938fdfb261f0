using FhirRecovery.Gateway.Tests.Infrastructure;
using FhirRecovery.Gateway.Tests.Trust;

namespace FhirRecovery.Gateway.Tests.Security;

/// <summary>What the guide's example patients are: none of it may appear in any log line.</summary>
internal static class LogPrivacy
{
    public static readonly string[] PatientData =
    [
        GuideExamples.AlexNhsNumber, GuideExamples.JordanNhsNumber, "Alex Morgan", "Jordan Reeve", "Morgan", "Reeve", "1978-03-14", "1985-09-02",
    ];

    /// <summary>Fails when any captured line carries the guide patients' data or <paramref name="alsoForbidden"/> (the
    /// suite's own synthetic people).</summary>
    public static void AssertNoPatientData(InMemoryLogSink logs, params string[] alsoForbidden)
    {
        var lines = logs.RenderAll().ToList();
        Assert.NotEmpty(lines);
        var forbidden = PatientData.Concat(alsoForbidden).ToList();
        var hits = lines.SelectMany(line => forbidden.Where(d => line.Contains(d, StringComparison.Ordinal)).Select(d => $"{d} in: {line}")).ToList();
        Assert.True(hits.Count == 0, $"{hits.Count} log lines carry patient data, e.g.:\n" + string.Join("\n", hits.Take(5)));
    }
}
