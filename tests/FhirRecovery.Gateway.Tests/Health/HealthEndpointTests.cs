using System.Net;
using FhirRecovery.Gateway.Tests.Infrastructure;
using static FhirRecovery.Gateway.Tests.Infrastructure.FhirHttp;

namespace FhirRecovery.Gateway.Tests.Health;

[Collection(GatewayTestGroup.Name)]
public sealed class HealthEndpointTests(GatewayFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Live_WhenServing_Returns200()
    {
        using var response = await _client.SendAsync(Get("/health/live"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = await ReadJsonResourceAsync(response, "OperationOutcome");
        Assert.All(Issues(outcome), i => Assert.Equal("information", i.Severity));
    }

    [Fact]
    public async Task Ready_AfterDefinitionsLoaded_Returns200NamingThePackages()
    {
        using var response = await _client.SendAsync(Get("/health/ready"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = await ReadJsonResourceAsync(response, "OperationOutcome");
        Assert.Contains("hl7.fhir.r4.core#4.0.1", Issues(outcome).Single().Text, StringComparison.Ordinal);
    }
}
