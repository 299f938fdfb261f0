using System.Security.Claims;
using FhirRecovery.Routing.ServiceDirectory;
using FhirRecovery.Trust.Permissions;
using FhirRecovery.Trust.Scopes;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Auth;

/// <summary>Turns an authenticated principal into the sending organisation of the routing directory, and its scopes.</summary>
internal sealed class SenderOrganisations(IDirectorySource directory, IOptions<GatewayAuthenticationOptions> options)
{
    /// <summary>The sender, or null when the token names no organisation or one the directory does not know (or is inactive).</summary>
    public Sender? Find(ClaimsPrincipal user)
    {
        var ods = user.FindFirst(options.Value.OrganisationClaim)?.Value;
        if (string.IsNullOrWhiteSpace(ods))
        {
            return null;
        }

        var snapshot = directory.Current;
        var organisation = snapshot.FindOrganizationByOdsCode(ods);
        if (organisation is null || !organisation.Active)
        {
            return null;
        }

        var serviceTypes = snapshot.ServicesOf(organisation.Id).Where(s => s.Active)
            .SelectMany(s => s.ServiceTypes).ToHashSet(StringComparer.Ordinal);
        return new Sender(organisation, new SenderIdentity(organisation.OdsCode, serviceTypes));
    }

    /// <summary>The SMART scopes of the token ("scope" per RFC 8693/SMART, "scp" as Entra ID writes them).</summary>
    public static SmartScopeSet Scopes(ClaimsPrincipal user) =>
        SmartScopeSet.Parse(user.FindAll("scope").Concat(user.FindAll("scp")).Select(c => c.Value));

    public bool HasRole(ClaimsPrincipal user, string role) =>
        user.FindAll(options.Value.RoleClaim).Concat(user.FindAll("role"))
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(role, StringComparer.Ordinal);
}

/// <summary>An authenticated sender as the directory knows it.</summary>
internal sealed record Sender(DirectoryOrganization Organisation, SenderIdentity Identity);
