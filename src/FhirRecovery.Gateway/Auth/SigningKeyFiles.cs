using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace FhirRecovery.Gateway.Auth;

/// <summary>Reads an authority's public signing keys from a file: a JWKS document (.json) or a PEM public key.</summary>
internal static class SigningKeyFiles
{
    public static IReadOnlyList<SecurityKey> Load(string path)
    {
        var text = File.ReadAllText(path);
        if (text.TrimStart().StartsWith('{'))
        {
            return [.. new JsonWebKeySet(text).GetSigningKeys()];
        }

        if (text.Contains("EC PUBLIC KEY", StringComparison.Ordinal) || text.Contains("EC PRIVATE KEY", StringComparison.Ordinal))
        {
            var ec = ECDsa.Create();
            ec.ImportFromPem(text);
            return [new ECDsaSecurityKey(ec)];
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(text);
            return [new RsaSecurityKey(rsa)];
        }
        catch (ArgumentException)
        {
            rsa.Dispose();
            var ec = ECDsa.Create();
            ec.ImportFromPem(text);
            return [new ECDsaSecurityKey(ec)];
        }
    }
}
