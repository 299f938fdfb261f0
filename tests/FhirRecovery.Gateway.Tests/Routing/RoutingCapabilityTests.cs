using FhirRecovery.Gateway.Tests.Infrastructure;

namespace FhirRecovery.Gateway.Tests.Routing;

[Collection(RoutingTestGroup.Name)]
public sealed class RoutingCapabilityTests(RoutingTestbed testbed)
{
    [Fact]
    public async Task Metadata_ListsProcessMessageRoutedCreatesAndAuditSearch()
    {
        using var client = testbed.CreateClient();
        using var response = await client.SendAsync(FhirHttp.Get("/metadata", FhirHttp.FhirJson));
        var rest = (await FhirHttp.ReadJsonResourceAsync(response, "CapabilityStatement")).GetProperty("rest")[0];

        Assert.Contains(rest.GetProperty("operation").EnumerateArray(), o => o.GetProperty("name").GetString() == "process-message");
        var resources = rest.GetProperty("resource").EnumerateArray().ToDictionary(r => r.GetProperty("type").GetString()!);
        Assert.Equal(["read", "create"], Interactions(resources["ServiceRequest"]));
        Assert.Equal(["search-type"], Interactions(resources["AuditEvent"]));
        Assert.Empty(Interactions(resources["Observation"]));
    }

    private static List<string> Interactions(System.Text.Json.JsonElement resource) =>
        resource.TryGetProperty("interaction", out var list) ? [.. list.EnumerateArray().Select(i => i.GetProperty("code").GetString()!)] : [];
}
