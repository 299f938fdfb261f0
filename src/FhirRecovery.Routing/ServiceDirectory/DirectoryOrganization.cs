using System.Collections.Immutable;

namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>An organisation in the routing directory, keyed by its FHIR id and its ODS code.</summary>
public sealed record DirectoryOrganization(
    string Id,
    string OdsCode,
    string Name,
    bool Active,
    ImmutableArray<string> EndpointIds);
