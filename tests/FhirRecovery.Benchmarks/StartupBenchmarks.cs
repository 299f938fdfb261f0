using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using FhirRecovery.Specification;
using FhirRecovery.Validation;

namespace FhirRecovery.Benchmarks;

/// <summary>Start-up to ready: load the packages and compile every IG profile (and the base types they need).
/// Each iteration starts from nothing, in a fresh catalog, so it measures a cold start of the engine (the
/// process and the SDK's own caches stay warm).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, iterationCount: 5)]
public class StartupBenchmarks
{
    [Benchmark]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "BenchmarkDotNet runs instance methods")]
    public FhirValidator LoadAndWarmAllProfiles()
    {
        var catalog = FhirPackageCatalog.Load([PackagesFolder.Find()]);
        var validator = new FhirValidator(catalog, TimeProvider.System);
        validator.Warm(catalog.ProfileUrls);
        return validator;
    }
}
