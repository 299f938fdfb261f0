namespace FhirRecovery.Validation.Tests.JsonReading;

/// <summary>The shapes the benchmarks read (tests/FhirRecovery.Benchmarks/Instances.cs, compiled in here; the TOP
/// outcome is a guide example): all must take the fast path and give the SDK reader's POCOs.</summary>
public sealed class BenchmarkInstancesTests
{
    public static TheoryData<byte[]> Instances() => new()
    {
        FhirRecovery.Benchmarks.Instances.PatientBytes,
        FhirRecovery.Benchmarks.Instances.ProfiledPatientBytes,
        FhirRecovery.Benchmarks.Instances.MessageBundle,
        FhirRecovery.Benchmarks.Instances.CollectionBundle(100),
    };

    [Theory]
    [MemberData(nameof(Instances))]
    public void TryRead_BenchmarkInstance_AcceptedAndSameAsSdk(byte[] json)
    {
        Assert.Null(ReaderEquivalence.Difference(json, out var declined));
        Assert.Null(declined);
    }
}
