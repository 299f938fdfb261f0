namespace FhirRecovery.Validation.Tests;

/// <summary>
/// The native FHIRPath evaluator must give exactly the outcomes of the SDK's engine. Both validators run over
/// the implementation guide's examples and counter-examples (whose invariants iterate components, codings and
/// identifiers) and a sample of the core package's own definitions (eld-*, sdf-*, vs-*, cs-* invariants).
/// </summary>
[Collection(ValidatorGroup.Name)]
public sealed class NativeFhirPathAgreementTests(ValidatorFixture fixture)
{
    private static readonly Lazy<FhirValidator> Reference = new(() => new FhirValidator(SharedCatalog!, TimeProvider.System, nativeFhirPath: false));
    private static Specification.FhirPackageCatalog? SharedCatalog;

    public static TheoryData<string> GuideFiles()
    {
        var root = FindUp(Path.Combine("profiles", "examples"));
        var files = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Where(f => !f.EndsWith("manifest.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            files.Add(Path.GetRelativePath(root, file));
        }

        return files;
    }

    [Theory]
    [MemberData(nameof(GuideFiles))]
    public void Validate_GuideExample_NativeAndSdkFhirPathAgree(string file)
    {
        AssertAgreement(File.ReadAllBytes(Path.Combine(FindUp(Path.Combine("profiles", "examples")), file)));
    }

    [Fact]
    public void Validate_CoreDefinitionsSample_NativeAndSdkFhirPathAgree()
    {
        var folder = FindUp(Path.Combine("artifacts", "fhir", "sushi-home", ".fhir", "packages", "hl7.fhir.r4.core#4.0.1", "package"));
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).Where((_, i) => i % 25 == 0))
        {
            if (!file.EndsWith("package.json", StringComparison.Ordinal) && !file.EndsWith(".index.json", StringComparison.Ordinal))
            {
                AssertAgreement(File.ReadAllBytes(file), Path.GetFileName(file));
            }
        }
    }

    private void AssertAgreement(byte[] body, string? name = null)
    {
        SharedCatalog ??= fixture.Catalog;
        var native = fixture.Validator.Validate(body, FhirFormat.Json, ValidationRequest.Base);
        var reference = Reference.Value.Validate(body, FhirFormat.Json, ValidationRequest.Base);
        Assert.True(OutcomeAssert.Describe(reference.Outcome) == OutcomeAssert.Describe(native.Outcome),
            $"{name}: SDK engine:\n{OutcomeAssert.Describe(reference.Outcome)}\nnative:\n{OutcomeAssert.Describe(native.Outcome)}");
    }

    private static string FindUp(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relative);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(relative);
    }
}
