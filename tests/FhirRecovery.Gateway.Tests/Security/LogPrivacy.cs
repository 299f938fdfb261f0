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

    public static void AssertNoPatientData(InMemoryLogSink logs)
    {
        var lines = logs.RenderAll().ToList();
        Assert.NotEmpty(lines);
        var hits = lines.SelectMany(line => PatientData.Where(d => line.Contains(d, StringComparison.Ordinal)).Select(d => $"{d} in: {line}")).ToList();
        Assert.True(hits.Count == 0, $"{hits.Count} log lines carry patient data, e.g.:\n" + string.Join("\n", hits.Take(5)));
    }
}
