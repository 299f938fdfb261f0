namespace FhirRecovery.Routing.ServiceDirectory.Rules;

/// <summary>Every endpoint has a known connection type, an absolute http(s) address, payload types, and a known managing organisation.</summary>
internal sealed class EndpointShapeRule : IDirectoryRule
{
    public void Check(DirectoryDraft draft, ICollection<DirectoryProblem> problems)
    {
        foreach (var endpoint in draft.Endpoints)
        {
            var resource = endpoint.Resource;
            if (EndpointConnectionTypes.From(resource.ConnectionType) is null)
            {
                problems.Add(endpoint.Problem(
                    "unknown-connection-type",
                    $"connectionType {resource.ConnectionType?.System}#{resource.ConnectionType?.Code} is not hl7-fhir-rest, hl7-fhir-msg or fhir-mailbox."));
            }

            if (!Uri.TryCreate(resource.Address, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
            {
                problems.Add(endpoint.Problem("invalid-address", $"address '{resource.Address}' is not an absolute http or https URL."));
            }

            if (!resource.PayloadType.SelectMany(p => p.Coding).Any(c => !string.IsNullOrWhiteSpace(c.Code)))
            {
                problems.Add(endpoint.Problem("missing-payload-type", "The endpoint declares no payloadType."));
            }

            if (resource.ManagingOrganization is { } managing)
            {
                var id = LocalReference.IdOf(managing, "Organization");
                if (id is null || !draft.HasOrganization(id))
                {
                    problems.Add(endpoint.Problem("unknown-organization", $"managingOrganization '{managing.Reference}' is not an organisation in the directory."));
                }
            }
        }
    }
}
