using System.Text.Json;

namespace FhirRecovery.Gateway.Tests.Delivery;

/// <summary>Reads what the gateway knows of its receivers from the operators' <c>GET /_admin/directory</c>.</summary>
internal static class ReceiverHealth
{
    /// <summary>The endpoint's parts in the directory summary (id, address, health, health-problem...).</summary>
    public static async Task<Dictionary<string, string>> EndpointAsync(HttpClient operators, string endpointId)
    {
        using var response = await operators.GetAsync(new Uri("/_admin/directory", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        var summary = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        foreach (var parameter in summary.GetProperty("parameter").EnumerateArray())
        {
            if (parameter.GetProperty("name").GetString() != "endpoint")
            {
                continue;
            }

            var parts = parameter.GetProperty("part").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, Value);
            if (parts["id"] == endpointId)
            {
                return parts;
            }
        }

        throw new InvalidOperationException($"Endpoint {endpointId} is not in the directory summary.");
    }

    private static string Value(JsonElement part)
    {
        var value = part.EnumerateObject().First(v => v.Name.StartsWith("value", StringComparison.Ordinal)).Value;
        return value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
    }

    /// <summary>Polls until the endpoint's health is <paramref name="health"/> (up, down, unknown).</summary>
    public static async Task WaitForAsync(HttpClient operators, string endpointId, string health)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while ((await EndpointAsync(operators, endpointId))["health"] != health)
        {
            await Task.Delay(50, timeout.Token);
        }
    }
}
