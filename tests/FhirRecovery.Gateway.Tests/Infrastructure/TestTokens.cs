using System.Security.Claims;
using System.Security.Cryptography;
using FhirRecovery.Trust.Development;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FhirRecovery.Gateway.Tests.Infrastructure;

/// <summary>
/// Keys generated for the test run, in a temp folder: the development issuer's key (the gateway loads it from the
/// same file) and a second "partner" authority whose PEM public key the gateway reads offline. Mints real signed JWTs.
/// </summary>
public sealed class TestTokens : IDisposable
{
    public const string DefaultOds = "FRD01";
    public const string PartnerIssuer = "https://partner-authority.test/";
    public const string PartnerAudience = "https://gateway.test/fhir";

    /// <summary>What the default client may do: every interaction on every type (operator role aside).</summary>
    public static readonly string[] AllScopes = ["system/*.cruds"];

    private readonly RSA _partnerKey = RSA.Create(2048);

    public TestTokens()
    {
        Folder = Directory.CreateTempSubdirectory("fhir-recovery-trust-").FullName;
        DevelopmentKeyPath = Path.Combine(Folder, "dev-signing-key.pem");
        DevelopmentKey = DevelopmentSigningKey.LoadOrCreate(DevelopmentKeyPath);
        PartnerPublicKeyPath = Path.Combine(Folder, "partner-public.pem");
        File.WriteAllText(PartnerPublicKeyPath, _partnerKey.ExportSubjectPublicKeyInfoPem());
        PartnerCredentials = new SigningCredentials(new RsaSecurityKey(_partnerKey) { KeyId = "partner" }, SecurityAlgorithms.RsaSha256);
    }

    public string Folder { get; }

    public string DevelopmentKeyPath { get; }

    public string PartnerPublicKeyPath { get; }

    internal DevelopmentSigningKey DevelopmentKey { get; }

    public SigningCredentials PartnerCredentials { get; }

    /// <summary>The settings that make the gateway trust both test issuers, with data files of its own.</summary>
    public IEnumerable<KeyValuePair<string, string?>> GatewaySettings() =>
    [
        new("FhirRecovery:Authentication:DevelopmentIssuer:Enabled", "true"),
        new("FhirRecovery:Authentication:DevelopmentIssuer:SigningKeyPath", DevelopmentKeyPath),
        new("FhirRecovery:Authentication:Authorities:0:Name", "partner"),
        new("FhirRecovery:Authentication:Authorities:0:Issuer", PartnerIssuer),
        new("FhirRecovery:Authentication:Authorities:0:Audience", PartnerAudience),
        new("FhirRecovery:Authentication:Authorities:0:SigningKeyFile", PartnerPublicKeyPath),
        new("FhirRecovery:Trust:ConsentDatabase", Path.Combine(Folder, "consents.db")),
        // Each test gateway gets its own outbox: a shared default file would let one test's queued messages be
        // retried by later gateways towards the sample directory's ports.
        new("FhirRecovery:Outbox:SqlitePath", Path.Combine(Folder, "outbox.db")),
        // And its own pathway records: with the default file beside the test binaries, the SQLite and PostgreSQL
        // routing testbeds (run in parallel) recorded the same example person's release handover, and one gateway's
        // handover superseded the other's, which then was never delivered.
        new("FhirRecovery:Pathways:SqlitePath", Path.Combine(Folder, "pathways.db")),
    ];

    /// <summary>A development-issuer token, as <c>fhir-recovery token</c> would mint it.</summary>
    public string Development(string ods, IEnumerable<string> scopes) =>
        new DevelopmentTokenIssuer(DevelopmentKey, DevelopmentIssuerDefaults.Issuer, DevelopmentIssuerDefaults.Audience,
            DevelopmentIssuerDefaults.OrganisationClaim, TimeProvider.System).Mint(ods, scopes, TimeSpan.FromMinutes(30));

    /// <summary>An operator's development token (the operator role), as <c>fhir-recovery token --role operator</c> mints it.</summary>
    public string Operator(string scopes) =>
        new DevelopmentTokenIssuer(DevelopmentKey, DevelopmentIssuerDefaults.Issuer, DevelopmentIssuerDefaults.Audience,
            DevelopmentIssuerDefaults.OrganisationClaim, TimeProvider.System)
            .Mint(DefaultOds, scopes.Split(' '), TimeSpan.FromMinutes(30), ["operator"]);

    /// <summary>Any token, for the negative cases: issuer, audience, lifetime, key and claims all chosen by the test.</summary>
    public static string Mint(SigningCredentials credentials, string issuer, string audience, DateTime notBefore, DateTime expires,
        IDictionary<string, object> claims)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires,
            SigningCredentials = credentials,
            Subject = new ClaimsIdentity(),
            Claims = claims,
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public void Dispose()
    {
        _partnerKey.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS later.
        }
    }
}
