using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace FhirRecovery.Gateway.Tests.Security;

/// <summary>Certificates made for one test run, in a temp folder: a test CA (as a PEM bundle a process can trust through
/// SSL_CERT_FILE), server certificates for 127.0.0.1 issued by it, and a self-signed client certificate; PKCS#12
/// files with a password where Kestrel or the gateway load them from disk.</summary>
internal sealed class TestCertificates : IDisposable
{
    public const string Password = "test-only-password";

    private readonly X509Certificate2 _ca;

    public TestCertificates()
    {
        Folder = Directory.CreateTempSubdirectory("fhir-recovery-tls-").FullName;
        using var caKey = RSA.Create(2048);
        var caRequest = new CertificateRequest("CN=FhirRecovery Test CA", caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        caRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        caRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        _ca = caRequest.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        CaBundlePath = Path.Combine(Folder, "ca.pem");
        File.WriteAllText(CaBundlePath, _ca.ExportCertificatePem());
        Gateway = IssueServer("gateway");
        Owner = IssueServer("owner");
        Client = SelfSignedClient();
    }

    public string Folder { get; }

    /// <summary>The test CA alone, PEM: point SSL_CERT_FILE of a child process at it to make it trust the servers.</summary>
    public string CaBundlePath { get; }

    public (X509Certificate2 Certificate, string PfxPath) Gateway { get; }

    public (X509Certificate2 Certificate, string PfxPath) Owner { get; }

    public (X509Certificate2 Certificate, string PfxPath) Client { get; }

    public void Dispose()
    {
        _ca.Dispose();
        Gateway.Certificate.Dispose();
        Owner.Certificate.Dispose();
        Client.Certificate.Dispose();
        Directory.Delete(Folder, recursive: true);
    }

    private (X509Certificate2, string) IssueServer(string name)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}.test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var issued = request.Create(_ca, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2), RandomNumberGenerator.GetBytes(8));
        return Save(name, issued.CopyWithPrivateKey(key));
    }

    private (X509Certificate2, string) SelfSignedClient()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=fhir-recovery-gateway-client", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.2")], false));
        return Save("client", request.CreateSelfSigned(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(2)));
    }

    private (X509Certificate2, string) Save(string name, X509Certificate2 certificate)
    {
        var path = Path.Combine(Folder, name + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, Password));
        var loaded = X509CertificateLoader.LoadPkcs12(File.ReadAllBytes(path), Password);
        certificate.Dispose();
        return (loaded, path);
    }
}
