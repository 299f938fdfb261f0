using Hl7.Fhir.Model;

namespace FhirRecovery.Routing.ServiceDirectory.Rules;

/// <summary>Every resource has an id, unique within its type: references between them depend on it.</summary>
internal sealed class UniqueResourceIdRule : IDirectoryRule
{
    public void Check(DirectoryDraft draft, ICollection<DirectoryProblem> problems)
    {
        CheckType(draft.Organizations, problems);
        CheckType(draft.Services, problems);
        CheckType(draft.Endpoints, problems);
        CheckType(draft.Locations, problems);
    }

    private static void CheckType<T>(IEnumerable<SourcedResource<T>> resources, ICollection<DirectoryProblem> problems)
        where T : Resource
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in resources)
        {
            if (string.IsNullOrWhiteSpace(item.Resource.Id))
            {
                problems.Add(new DirectoryProblem("missing-id", $"A {item.Resource.TypeName} has no id.", null, item.Source));
            }
            else if (!seen.TryAdd(item.Resource.Id, item.Source))
            {
                problems.Add(item.Problem("duplicate-id", $"{item.Key} is defined more than once (also in {Path.GetFileName(seen[item.Resource.Id])})."));
            }
        }
    }
}
