namespace FhirRecovery.Routing.ServiceDirectory.Rules;

/// <summary>No two endpoints share an address: a MessageHeader.destination.endpoint must name exactly one.</summary>
internal sealed class UniqueEndpointAddressRule : IDirectoryRule
{
    public void Check(DirectoryDraft draft, ICollection<DirectoryProblem> problems)
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var endpoint in draft.Endpoints)
        {
            if (!Uri.TryCreate(endpoint.Resource.Address, UriKind.Absolute, out var address))
            {
                continue; // EndpointShapeRule reports it.
            }

            var key = RoutingDirectory.NormalizeAddress(address);
            if (!owners.TryAdd(key, endpoint.Key))
            {
                problems.Add(endpoint.Problem("duplicate-endpoint-address", $"address {endpoint.Resource.Address} is also used by {owners[key]}."));
            }
        }
    }
}
