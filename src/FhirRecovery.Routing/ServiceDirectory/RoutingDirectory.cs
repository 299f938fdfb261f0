using System.Collections.Frozen;
using System.Collections.Immutable;

namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>
/// One immutable, validated snapshot of the routing directory. Readers take a snapshot from
/// <see cref="IDirectorySource.Current"/> once per request and use only that snapshot, so a reload never
/// changes the answer half-way through a request.
/// </summary>
public sealed record RoutingDirectory
{
    private readonly FrozenDictionary<string, DirectoryOrganization> _organizationsById;
    private readonly FrozenDictionary<string, DirectoryOrganization> _organizationsByOds;
    private readonly FrozenDictionary<string, DirectoryService> _servicesById;
    private readonly FrozenDictionary<string, DirectoryService> _servicesByIdentifier;
    private readonly FrozenDictionary<string, DirectoryEndpoint> _endpointsById;
    private readonly FrozenDictionary<string, DirectoryEndpoint> _endpointsByAddress;

    internal RoutingDirectory(
        ImmutableArray<DirectoryOrganization> organizations,
        ImmutableArray<DirectoryService> services,
        ImmutableArray<DirectoryEndpoint> endpoints,
        ImmutableArray<DirectoryLocation> locations)
    {
        Organizations = organizations;
        Services = services;
        Endpoints = endpoints;
        Locations = locations;
        _organizationsById = organizations.ToFrozenDictionary(o => o.Id, StringComparer.Ordinal);
        _organizationsByOds = organizations.ToFrozenDictionary(o => o.OdsCode, StringComparer.OrdinalIgnoreCase);
        _servicesById = services.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        _servicesByIdentifier = services.Where(s => s.Identifier is not null)
            .ToFrozenDictionary(s => s.Identifier!, StringComparer.Ordinal);
        _endpointsById = endpoints.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        _endpointsByAddress = endpoints.ToFrozenDictionary(e => NormalizeAddress(e.Address), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A directory with nothing in it.</summary>
    public static RoutingDirectory Empty { get; } = new([], [], [], []);

    public ImmutableArray<DirectoryOrganization> Organizations { get; }

    public ImmutableArray<DirectoryService> Services { get; }

    public ImmutableArray<DirectoryEndpoint> Endpoints { get; }

    public ImmutableArray<DirectoryLocation> Locations { get; }

    public DirectoryOrganization? FindOrganization(string id) => _organizationsById.GetValueOrDefault(id);

    /// <summary>Finds an organisation by ODS code (ODS codes are case-insensitive).</summary>
    public DirectoryOrganization? FindOrganizationByOdsCode(string odsCode) => _organizationsByOds.GetValueOrDefault(odsCode);

    public DirectoryService? FindService(string id) => _servicesById.GetValueOrDefault(id);

    /// <summary>Finds a service by its identifier value in <see cref="DirectorySystems.HealthcareServiceId"/>.</summary>
    public DirectoryService? FindServiceByIdentifier(string value) => _servicesByIdentifier.GetValueOrDefault(value);

    public DirectoryEndpoint? FindEndpoint(string id) => _endpointsById.GetValueOrDefault(id);

    /// <summary>Finds an endpoint by its address; a trailing slash and the letter case of scheme and host do not matter.</summary>
    public DirectoryEndpoint? FindEndpointByAddress(Uri address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return _endpointsByAddress.GetValueOrDefault(NormalizeAddress(address));
    }

    /// <summary>The services an organisation provides.</summary>
    public IEnumerable<DirectoryService> ServicesOf(string organizationId) =>
        Services.Where(s => string.Equals(s.OrganizationId, organizationId, StringComparison.Ordinal));

    internal static string NormalizeAddress(Uri address) =>
        address.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped).TrimEnd('/');
}
