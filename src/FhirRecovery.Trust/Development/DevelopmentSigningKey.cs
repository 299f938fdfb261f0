using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace FhirRecovery.Trust.Development;

/// <summary>
/// The RSA key of the development issuer: generated on first use and kept in a PEM file beside the
/// embedded default's data, so the gateway and the CLI that mints tokens agree on it. Never used
/// outside the Development environment; secrets never live in the repository.
/// </summary>
public sealed class DevelopmentSigningKey
{
    private DevelopmentSigningKey(RSA rsa, string keyId)
    {
        SecurityKey = new RsaSecurityKey(rsa) { KeyId = keyId };
        Credentials = new SigningCredentials(SecurityKey, SecurityAlgorithms.RsaSha256);
    }

    public RsaSecurityKey SecurityKey { get; }

    public SigningCredentials Credentials { get; }

    public static DevelopmentSigningKey LoadOrCreate(string pemPath)
    {
        var rsa = RSA.Create();
        if (File.Exists(pemPath))
        {
            rsa.ImportFromPem(File.ReadAllText(pemPath));
        }
        else
        {
            rsa.KeySize = 2048;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(pemPath))!);
            WriteOwnerOnly(pemPath, rsa.ExportRSAPrivateKeyPem());
        }

        var keyId = Convert.ToHexString(SHA256.HashData(rsa.ExportRSAPublicKey()))[..16].ToLowerInvariant();
        return new DevelopmentSigningKey(rsa, keyId);
    }

    // Create the file readable by its owner only before the key is written into it.
    private static void WriteOwnerOnly(string path, string content)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var writer = new StreamWriter(new FileStream(path, options));
        writer.Write(content);
    }
}
