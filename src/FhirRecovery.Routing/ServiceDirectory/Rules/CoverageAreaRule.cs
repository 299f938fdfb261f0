namespace FhirRecovery.Routing.ServiceDirectory.Rules;

/// <summary>Every coverage area a service names is a Location in the directory.</summary>
internal sealed class CoverageAreaRule : IDirectoryRule
{
    public void Check(DirectoryDraft draft, ICollection<DirectoryProblem> problems)
    {
        foreach (var service in draft.Services)
        {
            foreach (var area in service.Resource.CoverageArea)
            {
                var id = LocalReference.IdOf(area, "Location");
                if (id is null || !draft.HasLocation(id))
                {
                    problems.Add(service.Problem("missing-location", $"coverageArea '{area.Reference}' is not a Location in the directory."));
                }
            }
        }
    }
}
