using System.Net;
using FhirRecovery.Gateway.Tests.Infrastructure;

namespace FhirRecovery.Gateway.Tests.Trust;

/// <summary>The real $process-message endpoint with the real trust gate: the guide's release handover (prison to
/// community drug service) is accepted from the prison and refused from an organisation no rule lets send it.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class RoutedTrustTests(GatewayFixture fixture)
{
    [Fact]
    public async Task ProcessMessage_ReleaseHandoverFromPrison_IsAccepted()
    {
        using var response = await SendHandoverAsync("FRP01", "system/Bundle.c");

        Assert.True(response.StatusCode is HttpStatusCode.Accepted or HttpStatusCode.OK, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task ProcessMessage_ReleaseHandoverFromHousing_Is403()
    {
        using var response = await SendHandoverAsync("FRH01", "system/Bundle.c");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("not permitted", Assert.Single(FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(response, "OperationOutcome"))).Text,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessMessage_WithoutBundleCreateScope_Is403()
    {
        using var response = await SendHandoverAsync("FRP01", "system/ServiceRequest.c");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private async Task<HttpResponseMessage> SendHandoverAsync(string ods, string scope)
    {
        using var client = fixture.Host.CreateClient(ods, scope);
        using var request = FhirHttp.Post("/$process-message", GuideExamples.Read("Bundle-release-handover-alex.json"), FhirHttp.FhirJson);
        request.Headers.TryAddWithoutValidation("Prefer", "respond-async");
        request.Headers.TryAddWithoutValidation("X-Request-ID", Guid.NewGuid().ToString("N"));
        return await client.SendAsync(request);
    }
}
