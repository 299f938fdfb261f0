using BenchmarkDotNet.Attributes;
using FhirRecovery.Specification;
using FhirRecovery.Validation;

namespace FhirRecovery.Benchmarks;

/// <summary>Warm validation (read + validate) of typical bodies. The cold run (loading, compiling) happens in
/// the setup so the numbers are what a running gateway pays per request.</summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private FhirValidator _validator = null!;
    private byte[] _bundle100 = [];
    private byte[] _bundle1000 = [];
    private byte[] _topOutcome = [];
    private byte[] _releaseHandover = [];
    private ValidationRequest _topProfile = ValidationRequest.Base;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = FhirPackageCatalog.Load([PackagesFolder.Find()]);
        _validator = new FhirValidator(catalog, TimeProvider.System);
        _validator.Warm(catalog.ProfileUrls);
        _bundle100 = Instances.CollectionBundle(100);
        _bundle1000 = Instances.CollectionBundle(1000);
        _topOutcome = File.ReadAllBytes(PackagesFolder.GuideExample("Observation-top-jordan-review.json"));
        _releaseHandover = File.ReadAllBytes(PackagesFolder.GuideExample("Bundle-release-handover-alex.json"));
        _topProfile = new ValidationRequest(["https://fhirrecovery.org.uk/fhir/StructureDefinition/top-outcome"]);
        foreach (var body in new[] { Instances.PatientBytes, Instances.ProfiledPatientBytes, Instances.MessageBundle, _bundle100, _topOutcome, _releaseHandover })
        {
            var result = _validator.Validate(body, FhirFormat.Json, ValidationRequest.Base);
            if (result.HasErrors)
            {
                throw new InvalidOperationException("A benchmark instance is invalid: " + string.Join("; ", result.Outcome.Issue.Select(i => i.Details?.Text)));
            }
        }
    }

    [Benchmark(Baseline = true)]
    public ValidationResult BasePatient() => _validator.Validate(Instances.PatientBytes, FhirFormat.Json, ValidationRequest.Base);

    [Benchmark]
    public ValidationResult ProfiledPatient() => _validator.Validate(Instances.ProfiledPatientBytes, FhirFormat.Json, ValidationRequest.Base);

    /// <summary>The guide's TOP outcome example against the TOP outcome profile (25 sliced components, 5 invariants).</summary>
    [Benchmark]
    public ValidationResult TopOutcome() => _validator.Validate(_topOutcome, FhirFormat.Json, _topProfile);

    /// <summary>The guide's prison-release handover message Bundle (its profiles are declared in meta.profile).</summary>
    [Benchmark]
    public ValidationResult ReleaseHandoverBundle() => _validator.Validate(_releaseHandover, FhirFormat.Json, ValidationRequest.Base);

    [Benchmark]
    public ValidationResult MessageBundle() => _validator.Validate(Instances.MessageBundle, FhirFormat.Json, ValidationRequest.Base);

    [Benchmark]
    public ValidationResult Bundle100() => _validator.Validate(_bundle100, FhirFormat.Json, ValidationRequest.Base);

    [Benchmark]
    public ValidationResult Bundle1000() => _validator.Validate(_bundle1000, FhirFormat.Json, ValidationRequest.Base);
}
