using System.Collections.Immutable;

namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>A place the gateway delivers to.</summary>
/// <param name="OrganizationId">The managing organisation, or the organisation whose service uses it.</param>
/// <param name="Address">The base URL (FHIR REST) or mailbox URL.</param>
/// <param name="PayloadTypes">Resource types the endpoint accepts (codes from the payloadType codings).</param>
public sealed record DirectoryEndpoint(
    string Id,
    string Name,
    string? OrganizationId,
    EndpointConnectionType ConnectionType,
    Uri Address,
    bool Active,
    ImmutableArray<string> PayloadTypes);
