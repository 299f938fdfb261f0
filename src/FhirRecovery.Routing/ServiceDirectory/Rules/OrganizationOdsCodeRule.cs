namespace FhirRecovery.Routing.ServiceDirectory.Rules;

/// <summary>Every organisation has exactly one ODS code and no two organisations share one: senders address receivers by it.</summary>
internal sealed class OrganizationOdsCodeRule : IDirectoryRule
{
    public void Check(DirectoryDraft draft, ICollection<DirectoryProblem> problems)
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var organization in draft.Organizations)
        {
            var codes = organization.Resource.Identifier
                .Where(i => i.System == DirectorySystems.OdsOrganizationCode && !string.IsNullOrWhiteSpace(i.Value))
                .Select(i => i.Value!)
                .ToList();
            if (codes.Count != 1)
            {
                problems.Add(organization.Problem(
                    codes.Count == 0 ? "missing-ods-code" : "several-ods-codes",
                    $"An organisation needs exactly one identifier in {DirectorySystems.OdsOrganizationCode}; found {codes.Count}."));
                continue;
            }

            if (!owners.TryAdd(codes[0], organization.Key))
            {
                problems.Add(organization.Problem("duplicate-ods-code", $"ODS code {codes[0]} is also used by {owners[codes[0]]}."));
            }
        }
    }
}
