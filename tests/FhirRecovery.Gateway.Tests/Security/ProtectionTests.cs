using System.Net;
using FhirRecovery.Gateway.Tests.Infrastructure;

namespace FhirRecovery.Gateway.Tests.Security;

/// <summary>Per-client rate limit and body shape limits, on a gateway of its own with small limits.</summary>
public sealed class ProtectionTests : IAsyncLifetime
{
    private GatewayHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["FhirRecovery:Protection:PermitsPerWindow"] = "5",
            ["FhirRecovery:Protection:WindowSeconds"] = "600",
            ["FhirRecovery:Protection:MaxElementCount"] = "500",
            ["FhirRecovery:Protection:MaxStringLength"] = "2000",
        });
        await _host.WaitUntilReadyAsync();
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Client_OverItsWindow_Gets429OutcomeWithRetryAfter_OtherOrganisationsDoNot()
    {
        using var noisy = _host.CreateClient("FRH01");
        using var other = _host.CreateClient("FRM01");
        HttpResponseMessage? last = null;
        for (var i = 0; i < 6; i++)
        {
            last?.Dispose();
            last = await noisy.SendAsync(FhirHttp.Post("/$validate", Samples.ValidPatientJson, FhirHttp.FhirJson));
        }

        using var limited = last!;
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        var issue = Assert.Single(FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(limited, "OperationOutcome")));
        Assert.Equal("throttled", issue.Code);
        using var fine = await other.SendAsync(FhirHttp.Post("/$validate", Samples.ValidPatientJson, FhirHttp.FhirJson));
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    [Fact]
    public async Task Body_TooManyElements_Is400TooCostly()
    {
        using var client = _host.CreateClient("FRG01");
        var many = string.Join(",", Enumerable.Range(0, 600).Select(i => $$"""{"system":"urn:x","value":"{{i}}"}"""));

        using var response = await client.SendAsync(FhirHttp.Post("/$validate", $$"""{"resourceType":"Patient","identifier":[{{many}}]}""", FhirHttp.FhirJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("too-costly", Assert.Single(FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(response, "OperationOutcome"))).Code);
    }

    [Fact]
    public async Task Body_StringTooLong_Is400()
    {
        using var client = _host.CreateClient("FRP01");
        var body = $$"""<Patient xmlns="http://hl7.org/fhir"><gender value="{{new string('x', 3000)}}"/></Patient>""";

        using var response = await client.SendAsync(FhirHttp.Post("/$validate", body, FhirHttp.FhirXml, FhirHttp.FhirJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("longer than 2000", Assert.Single(FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(response, "OperationOutcome"))).Text,
            StringComparison.Ordinal);
    }
}
