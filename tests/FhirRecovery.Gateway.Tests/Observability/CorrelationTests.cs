using FhirRecovery.Gateway.Tests.Infrastructure;
using Serilog.Events;
using static FhirRecovery.Gateway.Tests.Infrastructure.FhirHttp;

namespace FhirRecovery.Gateway.Tests.Observability;

[Collection(GatewayTestGroup.Name)]
public sealed class CorrelationTests(GatewayFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Request_WithIds_EchoesThemAndLogsThem()
    {
        var requestId = "req-" + Guid.NewGuid().ToString("N");
        using var request = Get("/health/live");
        request.Headers.Add("X-Request-ID", requestId);
        request.Headers.Add("X-Correlation-ID", "conv-42");

        using var response = await _client.SendAsync(request);

        Assert.Equal(requestId, response.Headers.GetValues("X-Request-ID").Single());
        Assert.Equal("conv-42", response.Headers.GetValues("X-Correlation-ID").Single());
        var logged = await fixture.Host.Logs.WaitForAsync(e => IsRequestLog(e) && HasScalar(e, "RequestId", requestId));
        Assert.True(HasScalar(logged, "CorrelationId", "conv-42"));
    }

    [Fact]
    public async Task Request_WithoutIds_GetsAGeneratedRequestIdUsedAsCorrelationId()
    {
        using var first = await _client.SendAsync(Get("/health/live"));
        using var second = await _client.SendAsync(Get("/health/live"));

        var id = first.Headers.GetValues("X-Request-ID").Single();
        Assert.False(string.IsNullOrWhiteSpace(id));
        Assert.Equal(id, first.Headers.GetValues("X-Correlation-ID").Single());
        Assert.NotEqual(id, second.Headers.GetValues("X-Request-ID").Single());
    }

    [Theory]
    [InlineData("has spaces in it")]
    [InlineData("quote\"d")]
    public async Task Request_WithUnsafeRequestId_GetsAGeneratedOneInstead(string unsafeId)
    {
        using var request = Get("/health/live");
        request.Headers.TryAddWithoutValidation("X-Request-ID", unsafeId);

        using var response = await _client.SendAsync(request);

        Assert.NotEqual(unsafeId, response.Headers.GetValues("X-Request-ID").Single());
    }

    [Fact]
    public async Task Request_WithOverlongRequestId_GetsAGeneratedOneInstead()
    {
        var overlong = new string('a', 129);
        using var request = Get("/health/live");
        request.Headers.Add("X-Request-ID", overlong);

        using var response = await _client.SendAsync(request);

        Assert.NotEqual(overlong, response.Headers.GetValues("X-Request-ID").Single());
    }

    internal static bool IsRequestLog(LogEvent e) =>
        e.Properties.TryGetValue("EventId", out var id) && id is StructureValue s
        && s.Properties.Any(p => p.Name == "Id" && p.Value is ScalarValue { Value: 2000 });

    internal static bool HasScalar(LogEvent e, string name, object expected) =>
        e.Properties.TryGetValue(name, out var value) && value is ScalarValue scalar && Equals(scalar.Value, expected);
}
