namespace FhirRecovery.Routing.ServiceDirectory.Rules;

/// <summary>Every service names the organisation that provides it, and that organisation is in the directory.</summary>
internal sealed class ServiceOrganizationRule : IDirectoryRule
{
    public void Check(DirectoryDraft draft, ICollection<DirectoryProblem> problems)
    {
        foreach (var service in draft.Services)
        {
            var providedBy = service.Resource.ProvidedBy;
            if (providedBy is null)
            {
                problems.Add(service.Problem("service-without-organization", "The service has no providedBy organisation."));
                continue;
            }

            var id = LocalReference.IdOf(providedBy, "Organization");
            if (id is null)
            {
                problems.Add(service.Problem("invalid-reference", $"providedBy '{providedBy.Reference}' is not an Organization/id reference."));
            }
            else if (!draft.HasOrganization(id))
            {
                problems.Add(service.Problem("unknown-organization", $"providedBy names Organization/{id}, which is not in the directory."));
            }
        }
    }
}
