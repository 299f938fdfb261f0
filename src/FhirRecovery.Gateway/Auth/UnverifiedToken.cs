using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;

namespace FhirRecovery.Gateway.Auth;

/// <summary>
/// What a bearer token CLAIMS before anything about it is verified: its issuer (to pick the scheme that will verify
/// it) and, for the audit of a refused sign-in, the organisation it claims. Nothing read here is trusted, and only
/// these two values are ever taken from it, cut short and reduced to printable ASCII so a hostile token cannot
/// smuggle anything into the audit trail.
/// </summary>
internal static class UnverifiedToken
{
    private const string Prefix = "Bearer ";
    private const int MaxTokenLength = 16 * 1024;
    private const int MaxClaimLength = 100;

    /// <summary>The token's claimed issuer and organisation (by <paramref name="organisationClaim"/>); nulls when the
    /// header holds no readable JWT.</summary>
    public static (string? Issuer, string? Organisation) Read(string authorization, string organisationClaim)
    {
        if (!authorization.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || authorization.Length > MaxTokenLength)
        {
            return (null, null);
        }

        var handler = new JsonWebTokenHandler();
        var token = authorization[Prefix.Length..].Trim();
        if (!handler.CanReadToken(token))
        {
            return (null, null);
        }

#pragma warning disable CA1031 // A token that cannot be read simply claims nothing.
        try
        {
            var jwt = handler.ReadJsonWebToken(token);
            var organisation = jwt.TryGetPayloadValue<string>(organisationClaim, out var ods) ? ods : null;
            return (jwt.Issuer, organisation);
        }
        catch (Exception)
        {
            return (null, null);
        }
#pragma warning restore CA1031
    }

    /// <summary>A claimed value fit for an audit record: at most 100 printable ASCII characters.</summary>
    public static string? Printable(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var text = new StringBuilder(Math.Min(value.Length, MaxClaimLength));
        foreach (var c in value.Take(MaxClaimLength))
        {
            text.Append(c is >= ' ' and <= '~' && c != ';' ? c : '?');
        }

        return text.ToString();
    }
}
