using System.Collections.Immutable;
using Hl7.Fhir.Model;

namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>The parsed but not yet validated directory resources: what the rules inspect.</summary>
internal sealed record DirectoryDraft(
    ImmutableArray<SourcedResource<Organization>> Organizations,
    ImmutableArray<SourcedResource<HealthcareService>> Services,
    ImmutableArray<SourcedResource<Endpoint>> Endpoints,
    ImmutableArray<SourcedResource<Location>> Locations)
{
    public bool HasOrganization(string id) => Organizations.Any(o => o.Resource.Id == id);

    public bool HasEndpoint(string id) => Endpoints.Any(e => e.Resource.Id == id);

    public bool HasLocation(string id) => Locations.Any(l => l.Resource.Id == id);

    public SourcedResource<Endpoint>? FindEndpoint(string id) => Endpoints.FirstOrDefault(e => e.Resource.Id == id);
}
