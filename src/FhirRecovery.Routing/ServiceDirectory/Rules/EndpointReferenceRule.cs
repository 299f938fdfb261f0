using Hl7.Fhir.Model;

namespace FhirRecovery.Routing.ServiceDirectory.Rules;

/// <summary>Every endpoint an organisation or a service points at exists in the directory.</summary>
internal sealed class EndpointReferenceRule : IDirectoryRule
{
    public void Check(DirectoryDraft draft, ICollection<DirectoryProblem> problems)
    {
        foreach (var organization in draft.Organizations)
        {
            CheckReferences(draft, organization, organization.Resource.Endpoint, problems);
        }

        foreach (var service in draft.Services)
        {
            CheckReferences(draft, service, service.Resource.Endpoint, problems);
        }
    }

    private static void CheckReferences<T>(
        DirectoryDraft draft, SourcedResource<T> owner, IEnumerable<ResourceReference> references, ICollection<DirectoryProblem> problems)
        where T : Resource
    {
        foreach (var reference in references)
        {
            var id = LocalReference.IdOf(reference, "Endpoint");
            if (id is null)
            {
                problems.Add(owner.Problem("invalid-reference", $"endpoint '{reference.Reference}' is not an Endpoint/id reference."));
            }
            else if (!draft.HasEndpoint(id))
            {
                problems.Add(owner.Problem("missing-endpoint", $"Endpoint/{id} is referenced but not in the directory."));
            }
        }
    }
}
