using FhirRecovery.Validation.Reading;
using Xunit.Abstractions;

namespace FhirRecovery.Validation.Tests.JsonReading;

/// <summary>
/// The acceptance test of the fast JSON reader: on every JSON instance the repository holds (the guide's examples and
/// counter-examples, SUSHI's generated resources, the conformance corpus), it builds exactly what the SDK's reader
/// builds, or declines. Valid instances, the common case at the gateway, must take the fast path.
/// </summary>
public sealed class PocoJsonReaderCorpusTests(ITestOutputHelper output)
{
    [Fact]
    public void TryRead_ValidGuideExamples_AcceptedAndSameAsSdk()
    {
        var results = ReadAll(RepositoryFiles.Json("profiles/examples/valid"));
        Assert.Empty(results.Differences);
        Assert.Empty(results.Declined);
    }

    [Fact]
    public void TryRead_GuideCounterExamples_SameAsSdkOrDeclined()
    {
        var results = ReadAll(RepositoryFiles.Json("profiles/examples/invalid"));
        Assert.Empty(results.Differences);
        Assert.NotEmpty(results.Accepted);
    }

    [Fact]
    public void TryRead_SushiGeneratedResources_SameAsSdkOrDeclinedForAReason()
    {
        var results = ReadAll(RepositoryFiles.Json("artifacts/fhir/ig/sushi/fsh-generated/resources"));
        Assert.Empty(results.Differences);
        Assert.Empty(results.DeclinedThoughSdkReportsNothing);
        Assert.True(results.Accepted.Count > 10 * results.Declined.Count);
    }

    [Fact]
    public void TryRead_CorpusCases_SameAsSdkOrDeclined()
    {
        var results = ReadAll(RepositoryFiles.Json("conformance/corpus/cases"));
        Assert.Empty(results.Differences);
        Assert.NotEmpty(results.Accepted);
        Assert.NotEmpty(results.Declined);
    }

    private Results ReadAll(IReadOnlyList<string> files)
    {
        Assert.NotEmpty(files);
        var results = new Results();
        foreach (var file in files)
        {
            var name = RepositoryFiles.Relative(file);
            var difference = ReaderEquivalence.Difference(File.ReadAllBytes(file), out var declined);
            if (difference is not null)
            {
                results.Differences.Add($"{name}: {difference}");
            }
            else if (declined is not null)
            {
                results.Declined.Add($"{name}: {declined}");
                if (ResourceReader.ReadWithSdk(File.ReadAllBytes(file), FhirFormat.Json).Findings.Count == 0)
                {
                    results.DeclinedThoughSdkReportsNothing.Add(name);
                }
            }
            else
            {
                results.Accepted.Add(name);
            }
        }

        output.WriteLine($"{results.Accepted.Count} accepted, {results.Declined.Count} declined ({results.DeclinedThoughSdkReportsNothing.Count} of them clean for the SDK), {results.Differences.Count} different");
        foreach (var line in results.Differences.Concat(results.Declined))
        {
            output.WriteLine(line);
        }

        return results;
    }

    private sealed class Results
    {
        public List<string> Accepted { get; } = [];

        public List<string> Declined { get; } = [];

        public List<string> Differences { get; } = [];

        /// <summary>Declined, though the SDK's reader and the shape check find nothing wrong (a missed fast path).</summary>
        public List<string> DeclinedThoughSdkReportsNothing { get; } = [];
    }
}
