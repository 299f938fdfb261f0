using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml.Linq;
using FhirRecovery.Gateway.Tests.Infrastructure;
using FhirRecovery.Gateway.Tests.Trust;

namespace FhirRecovery.Gateway.Tests.Security;

/// <summary>10,000 mutated requests from the guide's examples against a real gateway: every answer is a 2xx resource or
/// a 4xx OperationOutcome, never a 5xx, and the process still answers /health/live afterwards. Nothing the requests
/// carried about the example patients reaches the logs.</summary>
public sealed class HostileInputTests
{
    private const int Requests = 10_000;
    private const int MaxBodyBytes = 256 * 1024;

    [Fact]
    public async Task MutatedRequests_NeverAnswer5xxOrNonOutcome_AndGatewayStaysUp()
    {
        await using var host = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["FhirRecovery:Protection:PermitsPerWindow"] = "1000000",
            ["FhirRecovery:MaxRequestBodyBytes"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await host.WaitUntilReadyAsync();
        var examples = Directory.EnumerateFiles(GuideExamples.Folder("valid"), "*.json")
            .Concat(Directory.EnumerateFiles(GuideExamples.Folder("invalid"), "*.json"))
            .Where(f => !f.EndsWith("manifest.json", StringComparison.Ordinal))
            .Select(File.ReadAllText).ToList();
        var inputs = new HostileInputs(20261123, examples);
        var requests = Enumerable.Range(0, Requests).Select(_ => inputs.Next()).ToList();
        var failures = new ConcurrentBag<string>();
        using var client = host.CreateClient(TestTokens.DefaultOds);
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(5));

        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = deadline.Token }, async (input, ct) =>
        {
            string? problem;
            var overLimit = input.Body.Length > MaxBodyBytes;
            // A body over the limit is answered 413 and its connection closed unread (by design); it gets a connection of
            // its own so the close cannot hit other requests, and the server may reset it while the client still writes.
            using var own = overLimit ? host.CreateClient(TestTokens.DefaultOds) : null;
            try
            {
                problem = await SendAndCheckAsync(own ?? client, input, ct);
            }
            catch (HttpRequestException exception)
            {
                problem = overLimit ? null
                    : $"no answer ({input.Body.Length} bytes, header {input.ExtraHeader?.Name}): {exception.InnerException?.Message ?? exception.Message}";
            }

            if (problem is not null)
            {
                failures.Add($"{input.Mutation} {input.Path} [{input.ContentType}] [{input.Accept}]: {problem}");
            }
        });

        var errors = host.Logs.Events.Where(e => e.Exception is not null || e.Level >= Serilog.Events.LogEventLevel.Warning)
            .Select(e => InMemoryLogSink.Render(e))
            .DistinctBy(e => e.Split('\n')[0]).Select(e => e[..Math.Min(1500, e.Length)]).Take(4);
        Assert.True(failures.IsEmpty, $"{failures.Count} bad answers, e.g.:\n" + string.Join("\n", failures.Take(10))
            + "\nlogged exceptions:\n" + string.Join("\n---\n", errors));
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.False(host.Run.IsCompleted);
        LogPrivacy.AssertNoPatientData(host.Logs);
    }

    private static async Task<string?> SendAndCheckAsync(HttpClient client, HostileInputs.Request input, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(input.Path, UriKind.Relative)) { Content = new ByteArrayContent(input.Body) };
        if (input.ContentType.Length > 0)
        {
            request.Content.Headers.TryAddWithoutValidation("Content-Type", input.ContentType);
        }

        if (input.Accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", input.Accept);
        }

        if (input.ExtraHeader is { } extra)
        {
            request.Headers.TryAddWithoutValidation(extra.Name, extra.Value);
        }

        if (input.Path == "/$process-message")
        {
            request.Headers.TryAddWithoutValidation("Prefer", "respond-async");
        }

        using var response = await client.SendAsync(request, ct);
        var status = (int)response.StatusCode;
        if (status is < 200 or >= 500 or (>= 300 and < 400))
        {
            return $"status {status}";
        }

        var text = await response.Content.ReadAsStringAsync(ct);
        var resourceType = ResourceType(response.Content.Headers.ContentType, text);
        if (resourceType is null)
        {
            return $"status {status} with a body that is not a FHIR resource: {text[..Math.Min(200, text.Length)]}";
        }

        return status >= 400 && resourceType != "OperationOutcome" ? $"status {status} with a {resourceType}" : null;
    }

    private static string? ResourceType(MediaTypeHeaderValue? contentType, string text)
    {
        try
        {
            if (contentType?.MediaType?.Contains("xml", StringComparison.Ordinal) == true)
            {
                return XDocument.Parse(text).Root?.Name.LocalName;
            }

            using var json = JsonDocument.Parse(text);
            return json.RootElement.TryGetProperty("resourceType", out var type) ? type.GetString() : null;
        }
        catch (Exception e) when (e is JsonException or System.Xml.XmlException)
        {
            return null;
        }
    }
}
