using FhirRecovery.Specification;
using FhirRecovery.Validation.Tests.ImplementationGuide;

namespace FhirRecovery.Validation.Tests.Concurrency;

/// <summary>Many threads compiling and validating at once against a cold cache (fresh catalog, nothing
/// compiled, IG snapshots not yet generated) get exactly what one thread gets alone: the snapshot generator
/// writes to shared core definitions while other threads compile.</summary>
public sealed class ColdCacheConcurrencyTests
{
    private const int Threads = 8;

    [Fact]
    public void Validate_ManyThreadsOnAColdCache_SameOutcomesAsOneThread()
    {
        var instances = GuideExamples.Valid.Select(e => (Path.Combine(GuideExamples.ValidDirectory, e.File), e.Profile))
            .Concat(GuideExamples.Invalid.Select(e => (Path.Combine(GuideExamples.InvalidDirectory, e.File), (string?)e.Profile)))
            .Select(i => (Body: File.ReadAllBytes(i.Item1), i.Item2))
            .ToList();
        var expected = Run(CreateValidator(), instances);

        var validator = CreateValidator();
        var results = new string[Threads][];
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            // Each thread starts at a different instance, so different profiles are compiled at the same moment.
            var rotated = instances.Skip(t * instances.Count / Threads).Concat(instances.Take(t * instances.Count / Threads)).ToList();
            var outcomes = Run(validator, rotated);
            var shift = t * instances.Count / Threads;
            results[t] = outcomes.Skip(instances.Count - shift).Concat(outcomes.Take(instances.Count - shift)).ToArray();
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        for (var t = 0; t < Threads; t++)
        {
            Assert.Equal(expected, results[t]);
        }
    }

    [Fact]
    public void Warm_ManyThreadsOnAColdCache_EveryProfileCompiles()
    {
        var validator = CreateValidator(out var catalog);
        var profiles = catalog.ProfileUrls;
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();

        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, t =>
        {
            try
            {
                validator.Warm(profiles.Skip(t).Concat(profiles.Take(t)).ToList());
            }
            catch (Exception e)
            {
                failures.Add(e.Message);
            }
        });

        Assert.Empty(failures);
    }

    private static string[] Run(FhirValidator validator, List<(byte[] Body, string? Profile)> instances) =>
        instances.Select(i => OutcomeAssert.Describe(validator.Validate(i.Body, FhirFormat.Json,
            new ValidationRequest(i.Profile is null ? [] : [i.Profile])).Outcome)).ToArray();

    private static FhirValidator CreateValidator() => CreateValidator(out _);

    private static FhirValidator CreateValidator(out FhirPackageCatalog catalog)
    {
        catalog = FhirPackageCatalog.Load([
            Path.Combine(AppContext.BaseDirectory, "fhir-packages"),
            Path.Combine(AppContext.BaseDirectory, "TestDefinitions"),
        ]);
        return new FhirValidator(catalog, TimeProvider.System);
    }
}
