using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FhirRecovery.Gateway.Tests.Infrastructure;
using FhirRecovery.Gateway.Tests.Trust;
using FhirRecovery.Routing.Resolution;

namespace FhirRecovery.Gateway.Tests.Security;

/// <summary>
/// Transport, with the gateway EXECUTABLE in the Production environment (appsettings.Production.json: a Kestrel HTTPS
/// endpoint whose certificate path and password come from configuration), a certificate generated in the test, and
/// an owner on HTTPS that demands a client certificate: the caller gets HTTPS and HSTS, the owner gets the gateway's
/// own client certificate and bearer token.
/// </summary>
public sealed class HttpsTransportTests(HttpsTransportTests.Testbed testbed) : IClassFixture<HttpsTransportTests.Testbed>
{
    [Fact]
    public async Task Gateway_ProductionConfiguration_ServesHttpsWithHsts()
    {
        using var client = testbed.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/health/live", UriKind.Relative));
        // HSTS is never sent to localhost or 127.0.0.1 (a browser would pin it for every local service), so ask by name.
        request.Headers.Host = "gateway.test";

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task ProxiedRead_OwnerOnHttps_GetsTheGatewaysClientCertificateAndBearerNotTheCallers()
    {
        using var client = testbed.CreateClient();
        var now = DateTime.UtcNow;
        var token = TestTokens.Mint(testbed.Tokens.PartnerCredentials, TestTokens.PartnerIssuer, TestTokens.PartnerAudience, now, now.AddMinutes(10),
            new Dictionary<string, object> { ["ods"] = "FRG01", ["scope"] = "system/CarePlan.r", ["client_id"] = "elm-tree-gp-system" });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/CarePlan/plan-tls", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Add(TargetHeader.Name, ProxiedReadTestbed.OwnerTarget);

        using var response = await client.SendAsync(request);

        Assert.True(response.StatusCode == HttpStatusCode.OK, testbed.Output);
        Assert.Contains(testbed.Owner.ClientCertificates, t => t == testbed.Certificates.Client.Certificate.Thumbprint);
        Assert.All(testbed.Owner.Requests, r => Assert.Equal("Bearer " + Testbed.GatewayBearer, r.Authorization));
    }

    /// <summary>The owner on HTTPS, then the gateway executable in Production trusting the test CA (SSL_CERT_FILE).</summary>
    public sealed class Testbed : IAsyncLifetime
    {
        public const string GatewayBearer = "gateway-bearer-for-owners";

        private readonly StringBuilder _output = new();
        private Process? _process;
        private OwnerServer? _owner;
        private int _httpsPort;

        internal TestCertificates Certificates { get; } = new();

        public TestTokens Tokens { get; } = new();

        internal OwnerServer Owner => _owner!;

        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public HttpClient CreateClient()
        {
            var pinned = Certificates.Gateway.Certificate.Thumbprint;
            var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == pinned };
            return new HttpClient(handler) { BaseAddress = new Uri($"https://127.0.0.1:{_httpsPort}"), Timeout = TimeSpan.FromSeconds(30) };
        }

        public async Task InitializeAsync()
        {
            _owner = await OwnerServer.StartAsync(Certificates.Owner.Certificate);
            _owner.Put("Patient", "pat-tls", """{"resourceType":"Patient","id":"pat-tls","identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9991000046"}],"generalPractitioner":[{"identifier":{"system":"https://fhir.nhs.uk/Id/ods-organization-code","value":"FRG01"}}]}""");
            _owner.Put("CarePlan", "plan-tls", """{"resourceType":"CarePlan","id":"plan-tls","status":"active","intent":"plan","subject":{"reference":"Patient/pat-tls"}}""");
            _httpsPort = FhirReceiver.FreePort();
            var environment = new Dictionary<string, string>
            {
                ["DOTNET_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["FhirRecovery__Kestrel__Endpoints__Https__Url"] = $"https://127.0.0.1:{_httpsPort}",
                ["FhirRecovery__Kestrel__Endpoints__Https__Certificate__Path"] = Certificates.Gateway.PfxPath,
                ["FhirRecovery__Kestrel__Endpoints__Https__Certificate__Password"] = TestCertificates.Password,
                ["FhirRecovery__Kestrel__Endpoints__Loopback__Url"] = $"http://127.0.0.1:{FhirReceiver.FreePort()}",
                ["SSL_CERT_FILE"] = Certificates.CaBundlePath,
                ["FhirRecovery__Routing__DirectoryPath"] = TestDirectory.Write(new Dictionary<string, Uri> { ["northside"] = _owner.BaseAddress }),
                ["FhirRecovery__Routing__ReceiverCredentials__ClientCertificatePath"] = Certificates.Client.PfxPath,
                ["FhirRecovery__Routing__ReceiverCredentials__ClientCertificatePassword"] = TestCertificates.Password,
                ["FhirRecovery__Routing__ReceiverCredentials__DefaultBearerToken"] = GatewayBearer,
                ["FhirRecovery__Outbox__SqlitePath"] = Path.Combine(Tokens.Folder, "outbox.db"),
                ["FhirRecovery__Trust__ConsentDatabase"] = Path.Combine(Tokens.Folder, "consents.db"),
                ["FhirRecovery__Authentication__Authorities__0__Name"] = "partner",
                ["FhirRecovery__Authentication__Authorities__0__Issuer"] = TestTokens.PartnerIssuer,
                ["FhirRecovery__Authentication__Authorities__0__Audience"] = TestTokens.PartnerAudience,
                ["FhirRecovery__Authentication__Authorities__0__SigningKeyFile"] = Tokens.PartnerPublicKeyPath,
            };
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = AppContext.BaseDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FhirRecovery.Gateway.dll"));
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            _process = Process.Start(start)!;
            _process.OutputDataReceived += (_, e) => Append(e.Data);
            _process.ErrorDataReceived += (_, e) => Append(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            await WaitUntilLiveAsync();
        }

        public async Task DisposeAsync()
        {
            if (_process is { HasExited: false })
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            _process?.Dispose();
            if (_owner is not null)
            {
                await _owner.DisposeAsync();
            }

            Tokens.Dispose();
            Certificates.Dispose();
        }

        private async Task WaitUntilLiveAsync()
        {
            using var client = CreateClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            while (true)
            {
                if (_process!.HasExited)
                {
                    throw new InvalidOperationException($"The gateway exited with {_process.ExitCode}: {Output}");
                }

                try
                {
                    using var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative), timeout.Token);
                    if (response.IsSuccessStatusCode)
                    {
                        return;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(100, timeout.Token);
            }
        }

        private void Append(string? line)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
