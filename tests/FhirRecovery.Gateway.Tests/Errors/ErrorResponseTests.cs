using System.Net;
using FhirRecovery.Gateway.Tests.Infrastructure;
using static FhirRecovery.Gateway.Tests.Infrastructure.FhirHttp;

namespace FhirRecovery.Gateway.Tests.Errors;

/// <summary>Errors raised outside any FHIR endpoint (routing, method, exceptions) still answer an OperationOutcome.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class ErrorResponseTests(GatewayFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Theory]
    [InlineData("/nowhere")]
    [InlineData("/Patient/123")]
    [InlineData("/Patient/$everything")]
    public async Task UnknownRoute_Returns404OperationOutcome(string path)
    {
        using var response = await _client.SendAsync(Get(path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(Issues(await ReadJsonResourceAsync(response, "OperationOutcome")), i => i.Code == "not-found");
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Fact]
    public async Task UnknownRoute_AcceptXml_Returns404OutcomeInXml()
    {
        using var response = await _client.SendAsync(Get("/nowhere", FhirXml));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await ReadXmlResourceAsync(response, "OperationOutcome");
    }

    [Fact]
    public async Task UnknownRoute_BrowserAccept_NeverAnswersHtml()
    {
        using var response = await _client.SendAsync(Get("/nowhere", "text/html,application/xhtml+xml"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await ReadJsonResourceAsync(response, "OperationOutcome");
    }

    [Theory]
    [InlineData("GET", "/$validate", "POST")]
    [InlineData("PUT", "/Patient/$validate", "POST")]
    [InlineData("DELETE", "/metadata", "GET")]
    public async Task WrongMethod_Returns405WithAllowHeader(string method, string path, string allowed)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains(allowed, response.Content.Headers.Allow);
        Assert.Contains(Issues(await ReadJsonResourceAsync(response, "OperationOutcome")), i => i.Code == "not-supported");
    }

    [Fact]
    public async Task UnhandledException_Returns500OutcomeWithRequestIdAndNoExceptionDetail()
    {
        using var request = Get(GatewayHost.ThrowingRoute, FhirJson);
        request.Headers.Add("X-Request-ID", "boom-1");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("secret-exception-detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        var issue = Issues(await ReadJsonResourceAsync(response, "OperationOutcome")).Single();
        Assert.Equal("exception", issue.Code);
        Assert.Contains("boom-1", issue.Text, StringComparison.Ordinal);
        Assert.Equal("boom-1", response.Headers.GetValues("X-Request-ID").Single());

        // The exception itself is logged once, for the operators, and the request log line is an error too.
        var logged = await fixture.Host.Logs.WaitForAsync(e => e.Exception?.Message == "secret-exception-detail");
        Assert.Equal(Serilog.Events.LogEventLevel.Error, logged.Level);
        var requestLog = await fixture.Host.Logs.WaitForAsync(e =>
            Observability.CorrelationTests.IsRequestLog(e) && Observability.CorrelationTests.HasScalar(e, "RequestId", "boom-1"));
        Assert.Equal(Serilog.Events.LogEventLevel.Error, requestLog.Level);
        Assert.Single(fixture.Host.Logs.Events, e => e.Exception?.Message == "secret-exception-detail");
    }
}
