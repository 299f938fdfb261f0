using System.Net;
using FhirRecovery.Gateway.Tests.Infrastructure;
using FhirRecovery.Routing.Resolution;

namespace FhirRecovery.Gateway.Tests.Routing;

[Collection(RoutingTestGroup.Name)]
public sealed class TargetResolutionTests(RoutingTestbed testbed)
{
    private const string OdsSystem = "https://fhir.nhs.uk/Id/ods-organization-code";

    [Fact]
    public async Task ServiceRequest_TargetHeaderNotBase64_Answers400Invalid()
    {
        var (status, code) = await PostReferralAsync(IgExamples.MentalHealthReferral, "not base64 at all!");
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid", code);
    }

    [Fact]
    public async Task ServiceRequest_TargetHeaderUnknownOdsCode_Answers404NotFound()
    {
        var (status, code) = await PostReferralAsync(IgExamples.MentalHealthReferral, TargetHeader.Format(OdsSystem, "ZZZ99"));
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("not-found", code);
    }

    [Fact]
    public async Task ServiceRequest_TargetOrganisationWithTwoServiceEndpoints_Answers404MultipleMatches()
    {
        var (status, code) = await PostReferralAsync(IgExamples.MentalHealthReferral, TargetHeader.Format(OdsSystem, TestDirectory.TwinServicesOds));
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("multiple-matches", code);
    }

    [Fact]
    public async Task ServiceRequest_TargetHeaderWinsOverPerformer_DeliveredToTheHeadersReceiver()
    {
        using var client = testbed.CreateClient();
        var requestId = Guid.NewGuid().ToString("N");
        using var request = FhirHttp.Post("/ServiceRequest", IgExamples.MentalHealthReferral, FhirHttp.FhirJson);
        // A FHIR server (the housing association is a mailbox now: its messages are held, not forwarded).
        request.Headers.Add(TargetHeader.Name, TargetHeader.Format(OdsSystem, "FRD02"));
        request.Headers.Add("X-Request-ID", requestId);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var received = Assert.Single(testbed["southside"].Received, r => r.RequestId == requestId);
        Assert.Empty(received.TargetHeader);
        Assert.Equal(0, testbed["mental-health"].CountOf(requestId));
    }

    [Fact]
    public async Task ProcessMessage_InvalidBundle_Answers422AndRoutesNothing()
    {
        using var client = testbed.CreateClient();
        var broken = IgExamples.SharedCareUpdate.Replace("\"type\":\"message\"", "\"type\":\"collection\"", StringComparison.Ordinal)
            .Replace("\"type\": \"message\"", "\"type\": \"collection\"", StringComparison.Ordinal);
        using var response = await client.SendAsync(FhirHttp.Post("/$process-message", broken, FhirHttp.FhirJson));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(response, "OperationOutcome")), i => i.IsError);
    }

    private async Task<(HttpStatusCode Status, string Code)> PostReferralAsync(string body, string? targetHeader)
    {
        using var client = testbed.CreateClient();
        using var request = FhirHttp.Post("/ServiceRequest", body, FhirHttp.FhirJson);
        if (targetHeader is not null)
        {
            request.Headers.TryAddWithoutValidation(TargetHeader.Name, targetHeader);
        }

        using var response = await client.SendAsync(request);
        var issue = Assert.Single(FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(response, "OperationOutcome")));
        return (response.StatusCode, issue.Code);
    }
}
