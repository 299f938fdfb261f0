using System.Collections.Frozen;

namespace FhirRecovery.Routing.ServiceDirectory.Rules;

/// <summary>Every service has at least one type from the recovery-service-type CodeSystem, and every such code is known.</summary>
internal sealed class ServiceTypeRule(FrozenSet<string> knownCodes) : IDirectoryRule
{
    public void Check(DirectoryDraft draft, ICollection<DirectoryProblem> problems)
    {
        foreach (var service in draft.Services)
        {
            var codes = service.Resource.Type
                .SelectMany(t => t.Coding)
                .Where(c => c.System == DirectorySystems.RecoveryServiceType)
                .Select(c => c.Code)
                .ToList();
            if (codes.Count == 0)
            {
                problems.Add(service.Problem("missing-service-type", $"The service has no type from {DirectorySystems.RecoveryServiceType}."));
            }

            foreach (var code in codes.Where(c => c is null || !knownCodes.Contains(c)))
            {
                problems.Add(service.Problem("unknown-service-type", $"Service type '{code}' is not a code of {DirectorySystems.RecoveryServiceType}."));
            }
        }
    }
}
