using System.Net;
using System.Text.Json;
using FhirRecovery.Gateway.Tests.Infrastructure;

namespace FhirRecovery.Gateway.Tests.Pathways;

/// <summary>Requests the pathway tests make, and readers for what comes back.</summary>
public static class PathwayHttp
{
    public static async Task<HttpResponseMessage> PostMessageAsync(HttpClient client, string body, string? requestId = null, bool respondAsync = false)
    {
        using var request = FhirHttp.Post("/$process-message", body, FhirHttp.FhirJson);
        request.Headers.Add("X-Request-ID", requestId ?? Guid.NewGuid().ToString("N"));
        if (respondAsync)
        {
            request.Headers.Add("Prefer", "respond-async");
        }

        return await client.SendAsync(request);
    }

    /// <summary>Posts a message that must be accepted (202); returns the status path and the OperationOutcome.</summary>
    public static async Task<(string StatusPath, JsonElement Outcome)> AcceptAsync(HttpClient client, string body, string? requestId = null)
    {
        using var response = await PostMessageAsync(client, body, requestId, respondAsync: true);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{response.StatusCode}: {text}");
        return (response.Content.Headers.ContentLocation!.OriginalString, JsonDocument.Parse(text).RootElement.Clone());
    }

    public static async Task RegisterConsentAsync(HttpClient client, string consent)
    {
        using var response = await client.SendAsync(FhirHttp.Post("/Consent", consent, FhirHttp.FhirJson));
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path, CancellationToken cancellationToken = default)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Polls a status resource until the parameter has the value (bounded by real time); returns it.</summary>
    public static async Task<JsonElement> WaitForParameterAsync(HttpClient client, string statusPath, string name, string value)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            var status = await GetJsonAsync(client, statusPath, timeout.Token);
            if (RoutingTestbed.Parameter(status, name) == value)
            {
                return status;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    /// <summary>The review-flag codes of a status resource.</summary>
    public static List<string> ReviewFlags(JsonElement status) =>
        [.. status.GetProperty("parameter").EnumerateArray()
            .Where(p => p.GetProperty("name").GetString() == "review-flag")
            .Select(p => p.GetProperty("part").EnumerateArray().First(x => x.GetProperty("name").GetString() == "code").GetProperty("valueCode").GetString()!)];

    /// <summary>The review-reason codes of the informational issues of an OperationOutcome.</summary>
    public static List<string> ReviewIssueCodes(JsonElement outcome) =>
        [.. outcome.GetProperty("issue").EnumerateArray()
            .Where(i => i.GetProperty("severity").GetString() == "information" && i.TryGetProperty("details", out _))
            .SelectMany(i => i.GetProperty("details").TryGetProperty("coding", out var coding) ? coding.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Where(c => c.GetProperty("system").GetString() == "https://fhirrecovery.org.uk/fhir/CodeSystem/review-reason")
            .Select(c => c.GetProperty("code").GetString()!)];
}
