using FhirRecovery.Specification;

namespace FhirRecovery.Validation.Tests;

/// <summary>One catalog and one validator over the real packages for all validation tests (loading is not free).</summary>
public sealed class ValidatorFixture
{
    public ValidatorFixture()
    {
        Catalog = FhirPackageCatalog.Load([Path.Combine(AppContext.BaseDirectory, "fhir-packages")]);
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
