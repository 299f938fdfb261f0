using FhirRecovery.Gateway.Tests.Infrastructure;
using Serilog.Events;
using static FhirRecovery.Gateway.Tests.Infrastructure.FhirHttp;

namespace FhirRecovery.Gateway.Tests.Observability;

[Collection(GatewayTestGroup.Name)]
public sealed class RequestLoggingTests(GatewayFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task RequestLog_ForValidate_RecordsMethodRouteTemplateStatusAndDuration()
    {
        var requestId = "log-" + Guid.NewGuid().ToString("N");
        using var request = Post("/Patient/$validate", Samples.ValidPatientJson, FhirJson);
        request.Headers.Add("X-Request-ID", requestId);

        using var response = await _client.SendAsync(request);

        var logged = await fixture.Host.Logs.WaitForAsync(e => CorrelationTests.IsRequestLog(e) && CorrelationTests.HasScalar(e, "RequestId", requestId));
        Assert.True(CorrelationTests.HasScalar(logged, "RequestMethod", "POST"));
        Assert.True(CorrelationTests.HasScalar(logged, "RouteTemplate", "/{type}/$validate"));
        Assert.True(CorrelationTests.HasScalar(logged, "StatusCode", 200));
        Assert.True(logged.Properties.ContainsKey("ElapsedMs"));
    }

    [Fact]
    public async Task Logs_AfterRequestsCarryingPatientData_HoldNoQueryStringBodyOrRawPath()
    {
        const string queryMarker = "QUERYMARKER9431";
        const string bodyMarker = "BODYMARKER2718";
        const string pathMarker = "PATHMARKER5772";
        var ids = new List<string>();
        var patient = $$"""{"resourceType":"Patient","name":[{"family":"{{bodyMarker}}"}],"birthDate":"{{bodyMarker}}"}""";
        var requests = new[]
        {
            Post($"/Patient/$validate?nhs={queryMarker}", patient, FhirJson),
            Post($"/$validate?_format=json&name={queryMarker}", $$"""{"resourceType":"Patient",{{bodyMarker}}""", FhirJson),
            Post($"/Patient/$validate?nhs={queryMarker}", $"<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"{bodyMarker}\"/></Patient>", FhirXml),
            Get($"/Patient/{pathMarker}?nhs={queryMarker}"),
            Get($"/{pathMarker}/$validate?nhs={queryMarker}"),
            Get($"{GatewayHost.ThrowingRoute}?nhs={queryMarker}"),
        };

        foreach (var request in requests)
        {
            var id = "privacy-" + Guid.NewGuid().ToString("N");
            ids.Add(id);
            request.Headers.Add("X-Request-ID", id);
            using (request)
            using (await _client.SendAsync(request))
            {
            }
        }

        foreach (var id in ids)
        {
            await fixture.Host.Logs.WaitForAsync(e => CorrelationTests.IsRequestLog(e) && CorrelationTests.HasScalar(e, "RequestId", id));
        }

        var rendered = fixture.Host.Logs.RenderAll().ToList();
        Assert.DoesNotContain(rendered, line => line.Contains(queryMarker, StringComparison.Ordinal));
        Assert.DoesNotContain(rendered, line => line.Contains(bodyMarker, StringComparison.Ordinal));
        Assert.DoesNotContain(rendered, line => line.Contains(pathMarker, StringComparison.Ordinal));
        Assert.DoesNotContain(fixture.Host.Logs.Events, e => e.Properties.ContainsKey("RequestPath") || e.Properties.ContainsKey("QueryString"));
    }

    [Fact]
    public async Task RequestLog_ForUnmatchedRoute_LogsNoPath()
    {
        var requestId = "unmatched-" + Guid.NewGuid().ToString("N");
        using var request = Get("/nowhere/at/all");
        request.Headers.Add("X-Request-ID", requestId);

        using var response = await _client.SendAsync(request);

        var logged = await fixture.Host.Logs.WaitForAsync(e => CorrelationTests.IsRequestLog(e) && CorrelationTests.HasScalar(e, "RequestId", requestId));
        Assert.True(CorrelationTests.HasScalar(logged, "RouteTemplate", "(unmatched)"));
        Assert.True(CorrelationTests.HasScalar(logged, "StatusCode", 404));
        Assert.Equal(LogEventLevel.Information, logged.Level);
    }
}
