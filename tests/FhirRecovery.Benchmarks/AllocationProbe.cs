using FhirRecovery.Specification;
using FhirRecovery.Validation;
using FhirRecovery.Validation.Reading;

namespace FhirRecovery.Benchmarks;

/// <summary>
/// `-- --allocations`: bytes allocated per warm call, split into reading and validating, for the TOP outcome
/// (with and without its profile). Exact and quick where BenchmarkDotNet's times are noisy on a shared
/// machine; used to find where the allocations of a benchmark go.
/// </summary>
internal static class AllocationProbe
{
    private const int Rounds = 200;

    public static void Run()
    {
        var catalog = FhirPackageCatalog.Load([PackagesFolder.Find()]);
        var validator = new FhirValidator(catalog, TimeProvider.System);
        validator.Warm(catalog.ProfileUrls);
        var top = File.ReadAllBytes(PackagesFolder.GuideExample("Observation-top-jordan-review.json"));
        var topProfile = new ValidationRequest(["https://fhirrecovery.org.uk/fhir/StructureDefinition/top-outcome"]);

        Report("read TOP outcome", () => ResourceReader.Read(top, FhirFormat.Json));
        Report("read TOP outcome, SDK reader only", () => ResourceReader.ReadWithSdk(top, FhirFormat.Json));
        Report("validate TOP outcome, base Observation only", () => validator.Validate(top, FhirFormat.Json, ValidationRequest.Base));
        Report("validate TOP outcome against top-outcome", () => validator.Validate(top, FhirFormat.Json, topProfile));
        var withoutProfile = Edit(top, o => o.Remove("meta"));
        var withoutComponents = Edit(top, o => o.Remove("component"));
        Report("validate TOP outcome without meta.profile (base)", () => validator.Validate(withoutProfile, FhirFormat.Json, ValidationRequest.Base));
        Report("validate TOP outcome without components", () => validator.Validate(withoutComponents, FhirFormat.Json, ValidationRequest.Base));
        ReportRootChecks(catalog, top, "https://fhirrecovery.org.uk/fhir/StructureDefinition/top-outcome");
        var bundle100 = Instances.CollectionBundle(100);
        var bundle1000 = Instances.CollectionBundle(1000);
        Report("read collection Bundle of 100", () => ResourceReader.Read(bundle100, FhirFormat.Json), 20);
        Report("read collection Bundle of 1000", () => ResourceReader.Read(bundle1000, FhirFormat.Json), 5);
        Report("validate collection Bundle of 100", () => validator.Validate(bundle100, FhirFormat.Json, ValidationRequest.Base), 20);
        Report("validate collection Bundle of 1000", () => validator.Validate(bundle1000, FhirFormat.Json, ValidationRequest.Base), 5);
        var read100 = ResourceReader.Read(bundle100, FhirFormat.Json).Resource!;
        var read1000 = ResourceReader.Read(bundle1000, FhirFormat.Json).Resource!;
        Report("validate collection Bundle of 100, read before", () => validator.Validate(read100, ValidationRequest.Base), 20);
        Report("validate collection Bundle of 1000, read before", () => validator.Validate(read1000, ValidationRequest.Base), 5);
        Report("validate message Bundle", () => validator.Validate(Instances.MessageBundle, FhirFormat.Json, ValidationRequest.Base));
    }

    /// <summary>Each check on the root of a profile (its invariants, mostly), run alone on the instance.</summary>
    private static void ReportRootChecks(FhirPackageCatalog catalog, byte[] body, string profile)
    {
        var structures = new Validation.Compilation.StructureCache(catalog,
            new Validation.Compilation.StructureCompiler(catalog, Validation.Compilation.CheckBuilders.Create(nativeFhirPath: true)));
        var resource = ResourceReader.Read(body, FhirFormat.Json).Resource!;
        foreach (var check in structures.Get(profile).Root.Checks)
        {
            var name = check is Validation.Checks.InvariantCheck invariant ? invariant.Key : check.GetType().Name;
            var path = Validation.Running.ElementPath.Root("Observation");
            Report("  root check " + name, () =>
            {
                var run = new Validation.Running.ValidationRun(structures, new Validation.Outcome.FindingList())
                {
                    Scope = new Validation.Running.ResourceScope(resource, null, null, null),
                };
                check.Check(resource, path, run);
                return run;
            });
        }
    }

    private static byte[] Edit(byte[] json, Action<System.Text.Json.Nodes.JsonObject> edit)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        edit(node);
        return System.Text.Encoding.UTF8.GetBytes(node.ToJsonString());
    }

    private static void Report(string name, Func<object> action, int rounds = Rounds)
    {
        for (var i = 0; i < Math.Min(rounds, 20); i++)
        {
            action();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < rounds; i++)
        {
            action();
        }

        watch.Stop();
        var bytes = (GC.GetAllocatedBytesForCurrentThread() - before) / rounds;
        Console.WriteLine($"{name,-50} {bytes / 1024.0,10:F1} KB {watch.Elapsed.TotalMicroseconds / rounds,10:F0} us");
    }
}
