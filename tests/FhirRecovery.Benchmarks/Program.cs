using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/FhirRecovery.Benchmarks -- --filter '*' (see README.md)
BenchmarkSwitcher.FromAssembly(typeof(FhirRecovery.Benchmarks.ValidationBenchmarks).Assembly).Run(args);
