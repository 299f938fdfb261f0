using FhirRecovery.Specification;

namespace FhirRecovery.Validation.Tests;

/// <summary>One catalog and one validator over the real packages, plus the test definitions of this project
/// (small profiles, value sets and extensions written to exercise one check each), for all validation tests.</summary>
public sealed class ValidatorFixture
{
    public ValidatorFixture()
    {
        Catalog = FhirPackageCatalog.Load([
            Path.Combine(AppContext.BaseDirectory, "fhir-packages"),
            Path.Combine(AppContext.BaseDirectory, "TestDefinitions"),
        ]);
        Validator = new FhirValidator(Catalog, TimeProvider.System);
    }

    public FhirPackageCatalog Catalog { get; }

    public FhirValidator Validator { get; }
}

[CollectionDefinition(Name)]
public sealed class ValidatorGroup : ICollectionFixture<ValidatorFixture>
{
    public const string Name = "validator";
}
