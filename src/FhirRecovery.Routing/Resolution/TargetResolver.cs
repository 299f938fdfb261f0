using System.Collections.Concurrent;
using FhirRecovery.Routing.ServiceDirectory;
using Hl7.Fhir.Model;

namespace FhirRecovery.Routing.Resolution;

/// <summary>
/// Finds the endpoint(s) a message or a plain resource is for. Each call reads one directory snapshot.
/// Thread-safe; register as a singleton.
/// </summary>
public sealed class TargetResolver(IDirectorySource directorySource)
{
    /// <summary>At most this many distinct target headers are remembered per directory snapshot (the values come from
    /// callers, so the memory they may take is bounded); beyond it a header is resolved on every request.</summary>
    public const int MaxRememberedTargetHeaders = 1024;

    private RememberedTargets _remembered = new(RoutingDirectory.Empty);

    /// <summary>
    /// Resolves every <c>MessageHeader.destination</c>: by <c>endpoint</c> when it is a directory address,
    /// otherwise by <c>receiver</c> (a reference to an Organization, HealthcareService or Endpoint, or an
    /// identifier in the ODS or HealthcareService system). Several destinations give several endpoints.
    /// </summary>
    public TargetResolution ResolveMessageDestinations(MessageHeader header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var directory = directorySource.Current;
        return DirectoryQueries.Combine([.. header.Destination.Select(d => ResolveDestination(directory, d))]);
    }

    /// <summary>Resolves a BaRS-style target header (base64 of {system, value}).</summary>
    /// <param name="serviceType">Narrows an organisation's services to one recovery service type, when the route knows it.</param>
    /// <remarks>A sender names the same few receivers again and again: the answer (a pure function of the header, the
    /// service type and the directory snapshot) is remembered per snapshot instead of decoding and parsing each time.</remarks>
    public TargetResolution ResolveTargetHeader(string? headerValue, string? serviceType = null)
    {
        var directory = directorySource.Current;
        var remembered = Volatile.Read(ref _remembered);
        if (!ReferenceEquals(remembered.Snapshot, directory))
        {
            remembered = new RememberedTargets(directory);
            Volatile.Write(ref _remembered, remembered);
        }

        var key = (headerValue, serviceType);
        if (remembered.Resolutions.TryGetValue(key, out var known))
        {
            return known;
        }

        var resolution = TargetHeader.TryParse(headerValue, out var identifier, out var reason)
            ? ResolveIdentifier(directory, identifier, serviceType)
            : new TargetResolution.BadTarget(reason);
        if (remembered.Resolutions.Count < MaxRememberedTargetHeaders)
        {
            remembered.Resolutions.TryAdd(key, resolution);
        }

        return resolution;
    }

    /// <summary>
    /// Resolves <c>ServiceRequest.performer</c>. A performerType coding from the recovery service type system narrows
    /// an organisation to that service. Several performers are alternatives in R4, so more than one endpoint in
    /// total is reported as multiple matches, not as a fan-out.
    /// </summary>
    public TargetResolution ResolvePerformers(ServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Performer.Count == 0)
        {
            return new TargetResolution.BadTarget("The ServiceRequest has no performer.");
        }

        var serviceType = request.PerformerType?.Coding
            .FirstOrDefault(c => c.System == DirectorySystems.RecoveryServiceType)?.Code;
        var directory = directorySource.Current;
        var combined = DirectoryQueries.Combine([.. request.Performer.Select(p => ResolveReference(directory, p, serviceType))]);
        return combined is TargetResolution.Resolved { Endpoints.Length: > 1 } several
            ? DirectoryQueries.One(several.Endpoints, "the ServiceRequest's performers")
            : combined;
    }

    /// <summary>Resolves an identifier: an ODS code or a HealthcareService identifier.</summary>
    public TargetResolution ResolveIdentifier(TargetIdentifier identifier, string? serviceType = null) =>
        ResolveIdentifier(directorySource.Current, identifier, serviceType);

    /// <summary>Finds the service of a type covering an area (e.g. the drug service for a prison release area).</summary>
    /// <param name="coverageAreaId">A Location id; services without coverage areas cover everywhere.</param>
    public TargetResolution ResolveServiceType(string serviceType, string? coverageAreaId = null)
    {
        var directory = directorySource.Current;
        var services = directory.Services.Where(s => s.Active
            && s.ServiceTypes.Contains(serviceType)
            && (coverageAreaId is null || s.CoverageAreaIds.IsEmpty || s.CoverageAreaIds.Contains(coverageAreaId)));
        var parts = services.Select(s => DirectoryQueries.ForService(directory, s)).OfType<TargetResolution.Resolved>();
        var where = coverageAreaId is null ? string.Empty : $" covering {coverageAreaId}";
        return DirectoryQueries.One(parts.SelectMany(r => r.Endpoints), $"service type {serviceType}{where}");
    }

    private static TargetResolution ResolveDestination(RoutingDirectory directory, MessageHeader.MessageDestinationComponent destination)
    {
        if (Uri.TryCreate(destination.Endpoint, UriKind.Absolute, out var address) && directory.FindEndpointByAddress(address) is { } endpoint)
        {
            return DirectoryQueries.ForEndpoint(endpoint);
        }

        if (destination.Receiver is { } receiver)
        {
            return ResolveReference(directory, receiver, serviceType: null);
        }

        return string.IsNullOrWhiteSpace(destination.Endpoint)
            ? new TargetResolution.BadTarget("A MessageHeader.destination has neither endpoint nor receiver.")
            : new TargetResolution.NotFound($"No directory endpoint has the address {destination.Endpoint}, and the destination names no receiver.");
    }

    private static TargetResolution ResolveReference(RoutingDirectory directory, ResourceReference reference, string? serviceType)
    {
        if (reference.Identifier is { } identifier && !string.IsNullOrWhiteSpace(identifier.Value))
        {
            return ResolveIdentifier(directory, new TargetIdentifier(identifier.System ?? string.Empty, identifier.Value), serviceType);
        }

        if (LocalReference.Parse(reference.Reference) is not { } parsed)
        {
            return new TargetResolution.BadTarget($"Reference '{reference.Reference}' is neither Type/id nor an identifier.");
        }

        return parsed.Type switch
        {
            "Organization" => directory.FindOrganization(parsed.Id) is { } o
                ? DirectoryQueries.ForOrganization(directory, o, serviceType)
                : new TargetResolution.NotFound($"Organization/{parsed.Id} is not in the directory."),
            "HealthcareService" => directory.FindService(parsed.Id) is { } s
                ? DirectoryQueries.ForService(directory, s)
                : new TargetResolution.NotFound($"HealthcareService/{parsed.Id} is not in the directory."),
            "Endpoint" => directory.FindEndpoint(parsed.Id) is { } e
                ? DirectoryQueries.ForEndpoint(e)
                : new TargetResolution.NotFound($"Endpoint/{parsed.Id} is not in the directory."),
            _ => new TargetResolution.BadTarget($"A {parsed.Type} cannot receive messages; name an Organization, HealthcareService or Endpoint."),
        };
    }

    private static TargetResolution ResolveIdentifier(RoutingDirectory directory, TargetIdentifier identifier, string? serviceType) =>
        identifier.System switch
        {
            DirectorySystems.OdsOrganizationCode => directory.FindOrganizationByOdsCode(identifier.Value) is { } o
                ? DirectoryQueries.ForOrganization(directory, o, serviceType)
                : new TargetResolution.NotFound($"No organisation has ODS code {identifier.Value}."),
            DirectorySystems.HealthcareServiceId => directory.FindServiceByIdentifier(identifier.Value) is { } s
                ? DirectoryQueries.ForService(directory, s)
                : new TargetResolution.NotFound($"No service has identifier {identifier.Value}."),
            _ => new TargetResolution.BadTarget(
                $"Identifier system '{identifier.System}' cannot name a receiver; use {DirectorySystems.OdsOrganizationCode} or {DirectorySystems.HealthcareServiceId}."),
        };

    private sealed class RememberedTargets(RoutingDirectory snapshot)
    {
        public RoutingDirectory Snapshot { get; } = snapshot;

        public ConcurrentDictionary<(string? Header, string? ServiceType), TargetResolution> Resolutions { get; } = new();
    }
}
