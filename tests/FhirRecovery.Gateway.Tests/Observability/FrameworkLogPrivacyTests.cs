using FhirRecovery.Gateway.Tests.Infrastructure;
using static FhirRecovery.Gateway.Tests.Infrastructure.FhirHttp;

namespace FhirRecovery.Gateway.Tests.Observability;

/// <summary>ASP.NET Core's own request logs print the URL with its query string; even an operator who turns every
/// Microsoft category up to Debug in configuration must not bring them back.</summary>
public sealed class FrameworkLogPrivacyTests
{
    [Fact]
    public async Task FrameworkLogsAtDebug_AfterRequestsWithQueryStrings_HoldNoQueryString()
    {
        const string queryMarker = "QUERYMARKER1618";
        await using var host = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["Serilog:MinimumLevel:Default"] = "Verbose",
            ["Serilog:MinimumLevel:Override:Microsoft.AspNetCore"] = "Verbose",
            ["Serilog:MinimumLevel:Override:Microsoft"] = "Verbose",
        });
        await host.WaitUntilReadyAsync();
        using var client = host.CreateClient();

        var paths = new[] { $"/metadata?nhs={queryMarker}", $"/nowhere?nhs={queryMarker}", $"/Patient/$validate?nhs={queryMarker}" };
        foreach (var path in paths)
        {
            using var request = Get(path);
            request.Headers.Add("X-Request-ID", "fw-" + Guid.NewGuid().ToString("N"));
            using var response = await client.SendAsync(request);
            var id = request.Headers.GetValues("X-Request-ID").Single();
            await host.Logs.WaitForAsync(e => CorrelationTests.IsRequestLog(e) && CorrelationTests.HasScalar(e, "RequestId", id));
        }

        // The framework did log at Debug (so the setting took effect) ...
        Assert.Contains(host.Logs.Events, e => e.Level <= Serilog.Events.LogEventLevel.Debug
            && e.Properties.TryGetValue("SourceContext", out var source) && source.ToString().Contains("Microsoft.AspNetCore", StringComparison.Ordinal));
        // ... but nothing it logged holds the query string.
        Assert.DoesNotContain(host.Logs.RenderAll(), line => line.Contains(queryMarker, StringComparison.Ordinal));
    }
}
