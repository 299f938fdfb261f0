using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace FhirRecovery.Gateway.Tests.Infrastructure;

/// <summary>Small helpers to send FHIR requests and read OperationOutcomes without the code under test.</summary>
public static class FhirHttp
{
    public const string FhirJson = "application/fhir+json";
    public const string FhirXml = "application/fhir+xml";
    public static readonly XNamespace FhirNs = "http://hl7.org/fhir";

    public static HttpRequestMessage Post(string path, string body, string contentType, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static HttpRequestMessage Get(string path, string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static string? MediaType(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    /// <summary>Reads a JSON body, asserting that it is a FHIR resource of the given type.</summary>
    public static async Task<JsonElement> ReadJsonResourceAsync(HttpResponseMessage response, string resourceType)
    {
        Assert.Equal(FhirJson, MediaType(response));
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(resourceType, document.RootElement.GetProperty("resourceType").GetString());
        return document.RootElement.Clone();
    }

    public static async Task<XElement> ReadXmlResourceAsync(HttpResponseMessage response, string resourceType)
    {
        Assert.Equal(FhirXml, MediaType(response));
        var root = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(FhirNs + resourceType, root.Name);
        return root;
    }

    /// <summary>The issues of a JSON OperationOutcome as (severity, code, text, expressions).</summary>
    public static List<Issue> Issues(JsonElement outcome) =>
        [.. outcome.GetProperty("issue").EnumerateArray().Select(i => new Issue(
            i.GetProperty("severity").GetString()!,
            i.GetProperty("code").GetString()!,
            i.TryGetProperty("diagnostics", out var d) ? d.GetString()!
                : i.TryGetProperty("details", out var details) && details.TryGetProperty("text", out var t) ? t.GetString()! : string.Empty,
            i.TryGetProperty("expression", out var e) ? [.. e.EnumerateArray().Select(x => x.GetString()!)] : []))];

    public sealed record Issue(string Severity, string Code, string Text, IReadOnlyList<string> Expressions)
    {
        public bool IsError => Severity is "error" or "fatal";
    }
}
