using System.Collections.Concurrent;

namespace FhirRecovery.Validation.Tests.JsonReading;

/// <summary>The fast reader shares its type tables (built on first use) and keeps per-thread buffers: reads on many
/// threads at once, of different types, must each give the SDK reader's POCOs.</summary>
public sealed class PocoJsonReaderConcurrencyTests
{
    [Fact]
    public void TryRead_ManyThreadsAtOnce_EachSameAsSdk()
    {
        var bodies = RepositoryFiles.Json("profiles/examples", recursive: true)
            .Concat(RepositoryFiles.Json("conformance/corpus/cases"))
            .Select(File.ReadAllBytes)
            .ToList();
        var differences = new ConcurrentBag<string>();

        Parallel.For(0, bodies.Count * 2, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            if (ReaderEquivalence.Difference(bodies[i % bodies.Count], out _) is { } difference)
            {
                differences.Add(difference);
            }
        });

        Assert.Empty(differences);
    }
}
