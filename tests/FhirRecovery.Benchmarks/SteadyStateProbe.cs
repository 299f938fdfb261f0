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
        var top = TopOutcomeCase.Load();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var calls = 0;
        while (watch.Elapsed.TotalSeconds < 25)
        {
            top.Validate();
            calls++;
        }

        Console.WriteLine($"validate TOP outcome against top-outcome: {watch.Elapsed.TotalMicroseconds / calls:F1} us per call over {calls} calls");
    }
}
