using FhirRecovery.Specification;
using FhirRecovery.Validation;

namespace FhirRecovery.Benchmarks;

/// <summary>The probes' common case: a warmed validator and the guide's TOP outcome with its profile.</summary>
internal sealed record TopOutcomeCase(FhirValidator Validator, byte[] Body, ValidationRequest Request)
{
    public static TopOutcomeCase Load()
    {
        var catalog = FhirPackageCatalog.Load([PackagesFolder.Find()]);
        var validator = new FhirValidator(catalog, TimeProvider.System);
        validator.Warm(catalog.ProfileUrls);
        var top = File.ReadAllBytes(PackagesFolder.GuideExample("Observation-top-jordan-review.json"));
        return new TopOutcomeCase(validator, top, new ValidationRequest(["https://fhirrecovery.org.uk/fhir/StructureDefinition/top-outcome"]));
    }

    public ValidationResult Validate() => Validator.Validate(Body, FhirFormat.Json, Request);
}
