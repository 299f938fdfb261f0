using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using FhirRecovery.Gateway.Tests.Trust;
using FhirRecovery.Routing.Resolution;

namespace FhirRecovery.Gateway.Tests.Security;

/// <summary>Generated hostile reads and searches through the proxied-read path (odd types and ids, broken, huge and
/// foreign target headers, abusive query strings, override and id headers) against a real owner: every answer is a
/// 2xx resource or a 4xx OperationOutcome, never a 5xx, and the gateway stays up.</summary>
[Collection(ProxiedReadTestGroup.Name)]
public sealed class HostileReadTests(ProxiedReadTestbed testbed)
{
    private const int Requests = 2_000;

    private static readonly string[] s_types = ["CarePlan", "MedicationStatement", "Patient", "Task", "careplan", "Nope", "CarePlan$x", new string('A', 3000), "Bundle"];
    private static readonly string[] s_ids = ["plan-own", "plan-other", "plan-anon", "missing", "..", "%2E%2E%2Fetc", "a%00b", "\u00e9\u00e8", new string('x', 4000), "plan-own%3Fx=1", " "];
    private static readonly string[] s_queries = ["", "?patient:identifier=https://fhir.nhs.uk/Id/nhs-number|9991000003", "?_format=xml", "?_format=bogus", "?_target=%%%",
        "?subject=Patient/pat-other&_include=*", "?" + string.Join("&", Enumerable.Range(0, 300).Select(i => $"k{i}=v{i}")), "?x=" + new string('y', 6000), "?_count=-1&_sort=\u0000"];

    [Fact]
    public async Task HostileReads_NeverAnswer5xxOrNonOutcome_AndGatewayStaysUp()
    {
        var random = new Random(20261123);
        var inputs = Enumerable.Range(0, Requests).Select(_ => Next(random)).ToList();
        var failures = new ConcurrentBag<string>();
        var statuses = new ConcurrentBag<int>();
        using var client = testbed.Host.CreateClient(ProxiedReadTestbed.GpOds);

        await Parallel.ForEachAsync(inputs, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (input, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(input.Path, UriKind.Relative));
            foreach (var (name, value) in input.Headers)
            {
                request.Headers.TryAddWithoutValidation(name, value);
            }

            using var response = await client.SendAsync(request, ct);
            var status = (int)response.StatusCode;
            statuses.Add(status);
            var text = await response.Content.ReadAsStringAsync(ct);
            var type = ResourceType(text);
            // Kestrel itself refuses a NUL in the request target (400) and a request line over its 8 KB limit (414) before
            // any gateway code runs, with no body: the only answers here that cannot be OperationOutcomes.
            if (text.Length == 0 && ((status == 400 && input.Path.Contains("%00", StringComparison.Ordinal)) || (status == 414 && input.Path.Length > 8 * 1024)))
            {
                return;
            }

            if (status >= 500 || status < 200 || type is null || (status >= 400 && type != "OperationOutcome"))
            {
                failures.Add($"{status} {type} for GET {input.Path[..Math.Min(120, input.Path.Length)]} [{string.Join(", ", input.Headers.Select(h => h.Name))}]");
            }
        });

        Assert.True(failures.IsEmpty, $"{failures.Count} bad answers, e.g.:\n" + string.Join("\n", failures.Take(10)));
        // The mix reached the owner and the gate both ways, not only the front door's refusals.
        Assert.Contains(200, statuses);
        Assert.Contains(403, statuses);
        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    private static (string Path, List<(string Name, string Value)> Headers) Next(Random random)
    {
        var type = Pick(random, s_types);
        var path = random.Next(3) == 0 ? "/" + type + Pick(random, s_queries) : $"/{type}/{Pick(random, s_ids)}{Pick(random, s_queries)}";
        var headers = new List<(string, string)>();
        var target = random.Next(8) switch
        {
            0 => null,
            1 => "not base64 at all",
            2 => Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"system\":1}")),
            3 => Convert.ToBase64String(RandomBytes(random, 64)),
            4 => new string('Q', 20_000),
            5 => TargetHeader.Format("https://fhir.nhs.uk/Id/ods-organization-code", "ZZZ99"),
            _ => ProxiedReadTestbed.OwnerTarget,
        };
        if (target is not null)
        {
            headers.Add((TargetHeader.Name, target));
        }

        switch (random.Next(6))
        {
            case 0:
                headers.Add(("X-Consent-Override", random.Next(2) == 0 ? "legal-duty" : "\u0001weird"));
                headers.Add(("X-Consent-Override-Reason", new string('r', random.Next(0, 3000))));
                break;
            case 1:
                headers.Add(("X-Request-ID", new string('i', 5000)));
                break;
            case 2:
                headers.Add(("Accept", Pick(random, ["application/fhir+xml", "text/html", "*/*;q=bogus", "application/fhir+json; fhirVersion=9.9"])));
                break;
        }

        return (path, headers);
    }

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    private static string? ResourceType(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith('<'))
        {
            try
            {
                return System.Xml.Linq.XDocument.Parse(text).Root?.Name.LocalName;
            }
            catch (System.Xml.XmlException)
            {
                return null;
            }
        }

        try
        {
            using var json = JsonDocument.Parse(text);
            return json.RootElement.TryGetProperty("resourceType", out var type) ? type.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
