using System.Collections.Frozen;
using FhirRecovery.Routing.ServiceDirectory.Rules;

namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>Runs every rule over a draft and gathers all their problems.</summary>
internal sealed class DirectoryValidator(FrozenSet<string> knownServiceTypes)
{
    private readonly IReadOnlyList<IDirectoryRule> _rules =
    [
        new UniqueResourceIdRule(),
        new OrganizationOdsCodeRule(),
        new ServiceOrganizationRule(),
        new ServiceTypeRule(knownServiceTypes),
        new CoverageAreaRule(),
        new EndpointReferenceRule(),
        new ServiceConnectionTypeRule(),
        new EndpointShapeRule(),
        new UniqueEndpointAddressRule(),
    ];

    public IReadOnlyList<DirectoryProblem> Validate(DirectoryDraft draft)
    {
        var problems = new List<DirectoryProblem>();
        foreach (var rule in _rules)
        {
            rule.Check(draft, problems);
        }

        return problems;
    }
}
