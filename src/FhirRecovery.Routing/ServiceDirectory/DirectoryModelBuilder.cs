using System.Collections.Immutable;
using Hl7.Fhir.Model;

namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>Turns a draft that passed every rule into the immutable model. Assumes validity; never call it on a draft with problems.</summary>
internal static class DirectoryModelBuilder
{
    public static RoutingDirectory Build(DirectoryDraft draft)
    {
        var organizations = draft.Organizations.Select(o => new DirectoryOrganization(
            o.Resource.Id!,
            o.Resource.Identifier.Single(i => i.System == DirectorySystems.OdsOrganizationCode).Value!,
            o.Resource.Name ?? o.Resource.Id!,
            o.Resource.Active ?? true,
            EndpointIds(o.Resource.Endpoint))).ToImmutableArray();

        var services = draft.Services.Select(s => new DirectoryService(
            s.Resource.Id!,
            s.Resource.Identifier.FirstOrDefault(i => i.System == DirectorySystems.HealthcareServiceId)?.Value,
            LocalReference.IdOf(s.Resource.ProvidedBy, "Organization")!,
            s.Resource.Name ?? s.Resource.Id!,
            s.Resource.Active ?? true,
            [.. s.Resource.Type.SelectMany(t => t.Coding).Where(c => c.System == DirectorySystems.RecoveryServiceType).Select(c => c.Code!)],
            [.. s.Resource.CoverageArea.Select(a => LocalReference.IdOf(a, "Location")!)],
            EndpointIds(s.Resource.Endpoint))).ToImmutableArray();

        var endpoints = draft.Endpoints.Select(e => new DirectoryEndpoint(
            e.Resource.Id!,
            e.Resource.Name ?? e.Resource.Id!,
            OwnerOf(e.Resource, organizations, services),
            EndpointConnectionTypes.From(e.Resource.ConnectionType)!.Value,
            new Uri(e.Resource.Address!, UriKind.Absolute),
            e.Resource.Status == Endpoint.EndpointStatus.Active,
            [.. e.Resource.PayloadType.SelectMany(p => p.Coding).Select(c => c.Code).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!)]))
            .ToImmutableArray();

        var locations = draft.Locations
            .Select(l => new DirectoryLocation(l.Resource.Id!, l.Resource.Name ?? l.Resource.Id!))
            .ToImmutableArray();

        return new RoutingDirectory(organizations, services, endpoints, locations);
    }

    private static ImmutableArray<string> EndpointIds(IEnumerable<ResourceReference> references) =>
        [.. references.Select(r => LocalReference.IdOf(r, "Endpoint")!).Distinct(StringComparer.Ordinal)];

    // The managing organisation when stated; otherwise the organisation that lists the endpoint, directly or through a service.
    private static string? OwnerOf(Endpoint endpoint, ImmutableArray<DirectoryOrganization> organizations, ImmutableArray<DirectoryService> services) =>
        LocalReference.IdOf(endpoint.ManagingOrganization, "Organization")
        ?? organizations.FirstOrDefault(o => o.EndpointIds.Contains(endpoint.Id!))?.Id
        ?? services.FirstOrDefault(s => s.EndpointIds.Contains(endpoint.Id!))?.OrganizationId;
}
