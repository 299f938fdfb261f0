using FhirRecovery.Specification;
using FhirRecovery.Validation;

namespace FhirRecovery.Benchmarks;

/// <summary>
/// `-- --steady-top`: validates the TOP outcome against its profile in a loop for 25 s and prints the mean time per
/// call. Long enough for tiered compilation to settle and for `perf record` to sample (run it with
/// DOTNET_PerfMapEnabled=1 and DOTNET_EnableWriteXorExecute=0 so that perf can name the JIT-compiled methods).
/// </summary>
internal static class SteadyStateProbe
{
    public static void Run()
    {
        var catalog = FhirPackageCatalog.Load([PackagesFolder.Find()]);
        var validator = new FhirValidator(catalog, TimeProvider.System);
        validator.Warm(catalog.ProfileUrls);
        var top = File.ReadAllBytes(PackagesFolder.GuideExample("Observation-top-jordan-review.json"));
        var request = new ValidationRequest(["https://fhirrecovery.org.uk/fhir/StructureDefinition/top-outcome"]);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var calls = 0;
        while (watch.Elapsed.TotalSeconds < 25)
        {
            validator.Validate(top, FhirFormat.Json, request);
            calls++;
        }

        Console.WriteLine($"validate TOP outcome against top-outcome: {watch.Elapsed.TotalMicroseconds / calls:F1} us per call over {calls} calls");
    }
}
