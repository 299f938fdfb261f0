using System.Collections.Immutable;
using FhirRecovery.Routing.ServiceDirectory;

namespace FhirRecovery.Routing.Resolution;

/// <summary>Endpoint choices over one directory snapshot. Only active organisations, services and endpoints count.</summary>
internal static class DirectoryQueries
{
    public static TargetResolution ForOrganization(RoutingDirectory directory, DirectoryOrganization organization, string? serviceType)
    {
        if (!organization.Active)
        {
            return new TargetResolution.NotFound($"Organisation {organization.OdsCode} is not active.");
        }

        var services = directory.ServicesOf(organization.Id)
            .Where(s => s.Active && (serviceType is null || s.ServiceTypes.Contains(serviceType)));
        IEnumerable<DirectoryEndpoint> candidates = services.SelectMany(s => PreferredEndpoints(directory, s)).ToList();
        if (!candidates.Any() && serviceType is null)
        {
            // Services are what receive referrals; the organisation's own endpoints are the fallback for an
            // organisation listed without services (and what read pass-through uses).
            candidates = Preferred([.. ActiveEndpoints(directory, organization.EndpointIds)]);
        }

        var what = serviceType is null ? $"organisation {organization.OdsCode}" : $"{serviceType} service of organisation {organization.OdsCode}";
        return One(candidates, what);
    }

    public static TargetResolution ForService(RoutingDirectory directory, DirectoryService service)
    {
        if (!service.Active || directory.FindOrganization(service.OrganizationId) is not { Active: true })
        {
            return new TargetResolution.NotFound($"Service {service.Id} is not active.");
        }

        return One(PreferredEndpoints(directory, service), $"service {service.Id}");
    }

    public static TargetResolution ForEndpoint(DirectoryEndpoint endpoint) =>
        endpoint.Active
            ? new TargetResolution.Resolved([endpoint])
            : new TargetResolution.NotFound($"Endpoint {endpoint.Id} is not active.");

    /// <summary>Folds per-target answers: any bad target wins, then not-found, then multiple-matches; else the union.</summary>
    public static TargetResolution Combine(IReadOnlyList<TargetResolution> parts)
    {
        if (parts.Count == 0)
        {
            return new TargetResolution.BadTarget("No target was given.");
        }

        return parts.OfType<TargetResolution.BadTarget>().FirstOrDefault()
            ?? parts.OfType<TargetResolution.NotFound>().FirstOrDefault()
            ?? (TargetResolution?)parts.OfType<TargetResolution.MultipleMatches>().FirstOrDefault()
            ?? new TargetResolution.Resolved(
                [.. parts.OfType<TargetResolution.Resolved>().SelectMany(r => r.Endpoints).DistinctBy(e => e.Id)]);
    }

    public static TargetResolution One(IEnumerable<DirectoryEndpoint> candidates, string what)
    {
        var distinct = candidates.DistinctBy(e => e.Id).ToImmutableArray();
        return distinct.Length switch
        {
            0 => new TargetResolution.NotFound($"No active endpoint for {what}."),
            1 => new TargetResolution.Resolved(distinct),
            _ => new TargetResolution.MultipleMatches(
                $"{distinct.Length} endpoints match {what}: {string.Join(", ", distinct.Select(e => e.Id))}.", distinct),
        };
    }

    // A service has at most one endpoint per connection type (a directory rule). The enum's order is the preference:
    // FHIR REST, then FHIR messaging, then a mailbox, so a receiver that has a server is reached directly.
    private static List<DirectoryEndpoint> PreferredEndpoints(RoutingDirectory directory, DirectoryService service) =>
        Preferred([.. ActiveEndpoints(directory, service.EndpointIds)]);

    private static List<DirectoryEndpoint> Preferred(List<DirectoryEndpoint> endpoints)
    {
        if (endpoints.Count == 0)
        {
            return endpoints;
        }

        var best = endpoints.Min(e => e.ConnectionType);
        return [.. endpoints.Where(e => e.ConnectionType == best)];
    }

    private static IEnumerable<DirectoryEndpoint> ActiveEndpoints(RoutingDirectory directory, IEnumerable<string> ids) =>
        ids.Select(directory.FindEndpoint).OfType<DirectoryEndpoint>().Where(e => e.Active);
}
