using FhirRecovery.Specification;
using FhirRecovery.Validation;

namespace FhirRecovery.Gateway.Definitions;

/// <summary>The definitions the gateway serves with, once loaded and warmed. Immutable and shared by all requests.</summary>
internal sealed record LoadedDefinitions(
    FhirPackageCatalog Catalog,
    FhirValidator Validator,
    IReadOnlyList<string> EnforcedProfiles,
    DateTimeOffset ReadySince);
