using System.Collections.Frozen;
using System.Security.Claims;
using FhirRecovery.Routing.ServiceDirectory;
using FhirRecovery.Trust.Permissions;
using FhirRecovery.Trust.Scopes;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Auth;

/// <summary>Turns an authenticated principal into the sending organisation of the routing directory, and its scopes.</summary>
internal sealed class SenderOrganisations(IDirectorySource directory, IOptions<GatewayAuthenticationOptions> options)
{
    // Every request asks (the fallback policy, the trust gate before and after a read): the senders of a directory
    // snapshot are built once, when a request first meets that snapshot.
    private KnownSenders _known = new(RoutingDirectory.Empty, FrozenDictionary<string, Sender>.Empty);

    /// <summary>The sender, or null when the token names no organisation or one the directory does not know (or is inactive).</summary>
    public Sender? Find(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var ods = user.FindFirst(options.Value.OrganisationClaim)?.Value;
        if (string.IsNullOrWhiteSpace(ods))
        {
            return null;
        }

        var snapshot = directory.Current;
        var known = Volatile.Read(ref _known);
        if (!ReferenceEquals(known.Snapshot, snapshot))
        {
            known = new KnownSenders(snapshot, snapshot.Organizations.Where(o => o.Active).ToFrozenDictionary(
                o => o.OdsCode, o => new Sender(o, new SenderIdentity(o.OdsCode, snapshot.ActiveServiceTypesOf(o.Id))), StringComparer.OrdinalIgnoreCase));
            Volatile.Write(ref _known, known);
        }

        return known.ByOds.GetValueOrDefault(ods);
    }

    /// <summary>The SMART scopes of the token ("scope" per RFC 8693/SMART, "scp" as Entra ID writes them).</summary>
    public static SmartScopeSet Scopes(ClaimsPrincipal user) =>
        SmartScopeSet.Parse(user.FindAll("scope").Concat(user.FindAll("scp")).Select(c => c.Value));

    public bool HasRole(ClaimsPrincipal user, string role) =>
        user.FindAll(options.Value.RoleClaim).Concat(user.FindAll("role"))
            .SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Contains(role, StringComparer.Ordinal);
}

/// <summary>The active organisations of one directory snapshot as senders, by ODS code (case-insensitive).</summary>
internal sealed record KnownSenders(RoutingDirectory Snapshot, FrozenDictionary<string, Sender> ByOds);

/// <summary>An authenticated sender as the directory knows it.</summary>
internal sealed record Sender(DirectoryOrganization Organisation, SenderIdentity Identity);
