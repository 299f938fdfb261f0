using System.Net;
using System.Text.Json;
using FhirRecovery.Gateway.Tests.Delivery;
using FhirRecovery.Gateway.Tests.Infrastructure;

namespace FhirRecovery.Gateway.Tests.Audit;

[Collection(RoutingTestGroup.Name)]
public sealed class AuditEventSearchTests(RoutingTestbed testbed)
{
    [Fact]
    public async Task AuditEvent_SearchByMessage_FindsAcceptanceAndDeliveryWithoutContent()
    {
        using var client = testbed.CreateClient();
        var location = await AsyncDeliveryScenarios.AcceptAsync(client, "/$process-message", IgExamples.SharedCareUpdate, Guid.NewGuid().ToString("N"));
        await RoutingTestbed.WaitForStateAsync(client, location, "delivered");
        var id = location[(location.LastIndexOf('/') + 1)..];
        using var operators = testbed.CreateOperatorClient();

        var bundle = await RoutingTestbed.WaitForAuditAsync(operators, id, "delivered", "&date=ge2020-01-01");

        Assert.Equal("searchset", bundle.GetProperty("type").GetString());
        var actions = Subtypes(bundle);
        Assert.Contains("accepted", actions);
        Assert.Contains("delivered", actions);
        var text = bundle.GetRawText();
        Assert.DoesNotContain("9000000009", text, StringComparison.Ordinal);
        Assert.DoesNotContain("methadone", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AuditEvent_SearchByOutcomeAndFutureDate_FiltersOut()
    {
        using var client = testbed.CreateClient();
        var location = await AsyncDeliveryScenarios.AcceptAsync(client, "/$process-message", IgExamples.SharedCareUpdate, Guid.NewGuid().ToString("N"));
        await RoutingTestbed.WaitForStateAsync(client, location, "delivered");
        var id = location[(location.LastIndexOf('/') + 1)..];
        using var operators = testbed.CreateOperatorClient();

        using var failures = await operators.GetAsync(new Uri($"/AuditEvent?entity={id}&outcome=8", UriKind.Relative));
        using var future = await operators.GetAsync(new Uri($"/AuditEvent?entity={id}&date=ge2999-01-01", UriKind.Relative));

        Assert.Empty(Subtypes(await FhirHttp.ReadJsonResourceAsync(failures, "Bundle")));
        Assert.Empty(Subtypes(await FhirHttp.ReadJsonResourceAsync(future, "Bundle")));
    }

    [Fact]
    public async Task AuditEvent_BadDate_Answers400()
    {
        using var operators = testbed.CreateOperatorClient();
        using var response = await operators.GetAsync(new Uri("/AuditEvent?date=ge-yesterday", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static List<string> Subtypes(JsonElement bundle) =>
        bundle.TryGetProperty("entry", out var entries)
            ? [.. entries.EnumerateArray().Select(e => e.GetProperty("resource").GetProperty("subtype")[0].GetProperty("code").GetString()!)]
            : [];
}
