using System.Collections.Immutable;

namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>A HealthcareService: what an organisation offers, where, and through which endpoints.</summary>
/// <param name="Id">The FHIR id.</param>
/// <param name="Identifier">The value of its identifier in <see cref="DirectorySystems.HealthcareServiceId"/>, if any.</param>
/// <param name="OrganizationId">The providing organisation (always present in a valid directory).</param>
/// <param name="ServiceTypes">Codes from <see cref="DirectorySystems.RecoveryServiceType"/>.</param>
/// <param name="CoverageAreaIds">Ids of the Location resources (release areas) the service covers; empty means anywhere.</param>
public sealed record DirectoryService(
    string Id,
    string? Identifier,
    string OrganizationId,
    string Name,
    bool Active,
    ImmutableArray<string> ServiceTypes,
    ImmutableArray<string> CoverageAreaIds,
    ImmutableArray<string> EndpointIds);
