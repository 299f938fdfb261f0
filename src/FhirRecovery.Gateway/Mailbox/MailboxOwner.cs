using FhirRecovery.Gateway.Auth;
using FhirRecovery.Routing.ServiceDirectory;

namespace FhirRecovery.Gateway.Mailbox;

/// <summary>The caller's mailbox: the active fhir-mailbox endpoints of the directory that the caller's organisation
/// (the token's ODS code) manages or whose services use. An organisation sees and acknowledges only its own.</summary>
internal sealed class MailboxOwner(SenderOrganisations senders, IDirectorySource directory)
{
    public (Sender? Sender, IReadOnlyList<DirectoryEndpoint> Endpoints) Find(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (senders.Find(context.User) is not { } sender)
        {
            return (null, []);
        }

        var snapshot = directory.Current;
        var endpoints = snapshot.Endpoints
            .Where(e => e.Active && e.ConnectionType == EndpointConnectionType.FhirMailbox && e.OrganizationId == sender.Organisation.Id)
            .ToList();
        return (sender, endpoints);
    }
}
