namespace FhirRecovery.Gateway.Tests.Infrastructure;

/// <summary>One ready gateway shared by the tests of the "gateway" collection (loading the definitions is the slow part).</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    public const long MaxBodyBytes = 256 * 1024;

    private GatewayHost? _host;

    public GatewayHost Host => _host ?? throw new InvalidOperationException("The gateway has not started.");

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _host = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["FhirRecovery:MaxRequestBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await _host.WaitUntilReadyAsync();
        Client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
            // Every log line of every test of the collection, searched once at the end (issue 6, must show 4).
            Security.LogPrivacy.AssertNoPatientData(_host.Logs);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class GatewayTestGroup : ICollectionFixture<GatewayFixture>
{
    public const string Name = "gateway";
}
