namespace FhirRecovery.Routing.ServiceDirectory.Rules;

/// <summary>A service has at most one endpoint of each connection type, otherwise delivery could not choose.</summary>
internal sealed class ServiceConnectionTypeRule : IDirectoryRule
{
    public void Check(DirectoryDraft draft, ICollection<DirectoryProblem> problems)
    {
        foreach (var service in draft.Services)
        {
            var duplicates = service.Resource.Endpoint
                .Select(r => LocalReference.IdOf(r, "Endpoint"))
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .Select(id => draft.FindEndpoint(id))
                .OfType<SourcedResource<Hl7.Fhir.Model.Endpoint>>()
                .GroupBy(e => EndpointConnectionTypes.From(e.Resource.ConnectionType))
                .Where(g => g.Key is not null && g.Count() > 1);
            foreach (var group in duplicates)
            {
                var ids = string.Join(", ", group.Select(e => e.Key));
                problems.Add(service.Problem("duplicate-connection-type", $"The service has several {group.Key} endpoints: {ids}."));
            }
        }
    }
}
