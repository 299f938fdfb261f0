using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/FhirRecovery.Benchmarks -- --filter '*' (see README.md)
// dotnet run -c Release --project tests/FhirRecovery.Benchmarks -- --allocations (bytes per call, split by stage)
// dotnet run -c Release --project tests/FhirRecovery.Benchmarks -- --steady-top (TOP outcome in a 25 s loop: mean time, for perf)
if (args is ["--allocation-types"])
{
    FhirRecovery.Benchmarks.AllocationTypes.Run();
    return;
}

if (args is ["--steady-top"])
{
    FhirRecovery.Benchmarks.SteadyStateProbe.Run();
    return;
}

if (args is ["--allocations"])
{
    FhirRecovery.Benchmarks.AllocationProbe.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(FhirRecovery.Benchmarks.ValidationBenchmarks).Assembly).Run(args);
