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
    private readonly FrozenDictionary<string, ImmutableArray<DirectoryService>> _servicesByOrganization;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _serviceTypesByOrganization;
    private readonly FrozenDictionary<string, FrozenSet<string>> _activeServiceTypesByOrganization;
    private readonly FrozenDictionary<string, ImmutableArray<string>> _serviceTypesByEndpoint;

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

        // Asked on every request (the sender's kinds of service, the receiver's): answered once per snapshot.
        var byOrganization = services.GroupBy(s => s.OrganizationId, StringComparer.Ordinal).ToList();
        _servicesByOrganization = byOrganization.ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        _serviceTypesByOrganization = byOrganization.ToFrozenDictionary(
            g => g.Key, g => g.SelectMany(s => s.ServiceTypes).Distinct(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
        _activeServiceTypesByOrganization = byOrganization.ToFrozenDictionary(
            g => g.Key, g => g.Where(s => s.Active).SelectMany(s => s.ServiceTypes).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        _serviceTypesByEndpoint = endpoints.ToFrozenDictionary(e => e.Id, e => services
            .Where(s => string.Equals(s.OrganizationId, e.OrganizationId ?? string.Empty, StringComparison.Ordinal) && s.EndpointIds.Contains(e.Id))
            .SelectMany(s => s.ServiceTypes).Distinct(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
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

    /// <summary>The services an organisation provides, in directory order.</summary>
    public IEnumerable<DirectoryService> ServicesOf(string organizationId) =>
        _servicesByOrganization.GetValueOrDefault(organizationId, ImmutableArray<DirectoryService>.Empty);

    /// <summary>The service types of all the organisation's services (active or not), each once, in directory order.</summary>
    public IReadOnlyList<string> ServiceTypesOf(string organizationId) =>
        _serviceTypesByOrganization.GetValueOrDefault(organizationId, ImmutableArray<string>.Empty);

    /// <summary>The service types of the services of the endpoint's own organisation that list the endpoint (active or
    /// not), each once, in directory order.</summary>
    public IReadOnlyList<string> ServiceTypesAt(string endpointId) =>
        _serviceTypesByEndpoint.GetValueOrDefault(endpointId, ImmutableArray<string>.Empty);

    /// <summary>The service types of the organisation's active services.</summary>
    public IReadOnlySet<string> ActiveServiceTypesOf(string organizationId) =>
        _activeServiceTypesByOrganization.GetValueOrDefault(organizationId) ?? FrozenSet<string>.Empty;

    internal static string NormalizeAddress(Uri address) =>
        address.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped).TrimEnd('/');
}
