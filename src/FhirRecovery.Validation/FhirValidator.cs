using FhirRecovery.Specification;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation;

/// <summary>
/// The one validation engine of FhirRecovery, shared by the gateway and the CLI. Thread-safe: create
/// one per process; compiled profiles are cached by canonical URL and version.
/// CONTRACT (owned by the validation-engine work): the gateway and the CLI only call what is below.
/// </summary>
public sealed partial class FhirValidator
{
    public FhirValidator(FhirPackageCatalog catalog, TimeProvider timeProvider) => throw new NotImplementedException();

    /// <summary>Compiles the given profiles (and the base types they need) ahead of the first request.
    /// Throws <see cref="ProfileCompilationException"/> listing every profile that cannot compile.</summary>
    public void Warm(IEnumerable<string> profileUrls) => throw new NotImplementedException();

    /// <summary>Reads a body in the given format and validates what was read.</summary>
    public ValidationResult Validate(ReadOnlySpan<byte> body, FhirFormat format, ValidationRequest request) => throw new NotImplementedException();

    /// <summary>Validates a resource already in memory.</summary>
    public ValidationResult Validate(Resource resource, ValidationRequest request) => throw new NotImplementedException();
}
