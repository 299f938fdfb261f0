using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FhirRecovery.Gateway.Tests.Infrastructure;
using static FhirRecovery.Gateway.Tests.Infrastructure.FhirHttp;

namespace FhirRecovery.Gateway.Tests.Validation;

/// <summary>Bodies and headers the gateway must refuse, each with a 4xx OperationOutcome.</summary>
[Collection(GatewayTestGroup.Name)]
public sealed class ValidateBadInputTests(GatewayFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Theory]
    [InlineData("""{"resourceType":"Patient","id":""")]
    [InlineData("""{"resourceType":"Patient",}""")]
    [InlineData("not json at all")]
    [InlineData("""[{"resourceType":"Patient"}]""")]
    [InlineData("""{"id":"no-resource-type"}""")]
    public async Task Validate_UnreadableJson_Returns400OperationOutcome(string body)
    {
        using var response = await _client.SendAsync(Post("/Patient/$validate", body, FhirJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Issues(await ReadJsonResourceAsync(response, "OperationOutcome")), i => i.IsError);
    }

    [Theory]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE Patient [<!ENTITY name "Example">]><Patient xmlns="http://hl7.org/fhir"><name><family value="&name;"/></name></Patient>""")]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE Patient [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><Patient xmlns="http://hl7.org/fhir"><name><family value="&xxe;"/></name></Patient>""")]
    [InlineData("""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><Patient xmlns="http://hl7.org/fhir"><id value="&lol2;"/></Patient>""")]
    [InlineData("""<Patient xmlns="http://hl7.org/fhir"><id value="&undeclared;"/></Patient>""")]
    public async Task Validate_XmlWithDoctypeOrEntity_Returns400WithoutExpandingIt(string body)
    {
        using var response = await _client.SendAsync(Post("/Patient/$validate", body, FhirXml, FhirJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("root:", text, StringComparison.Ordinal);
        Assert.DoesNotContain("lollol", text, StringComparison.Ordinal);
        var outcome = await ReadJsonResourceAsync(response, "OperationOutcome");
        Assert.Contains(Issues(outcome), i => i.IsError);
    }

    [Theory]
    [InlineData("<Patient xmlns=\"http://hl7.org/fhir\"><id value=\"1\"></Patient>")]
    [InlineData("<Patient><id value=\"1\"/></Patient>")]
    public async Task Validate_MalformedOrNonFhirXml_Returns400(string body)
    {
        using var response = await _client.SendAsync(Post("/Patient/$validate", body, FhirXml));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await ReadXmlResourceAsync(response, "OperationOutcome");
    }

    [Fact]
    public async Task Validate_EmptyBody_Returns400()
    {
        using var response = await _client.SendAsync(Post("/Patient/$validate", string.Empty, FhirJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await ReadJsonResourceAsync(response, "OperationOutcome");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/fhir+json; charset=iso-8859-1")]
    public async Task Validate_UnsupportedContentType_Returns415(string contentType)
    {
        using var response = await _client.SendAsync(Post("/Patient/$validate", Samples.ValidPatientJson, contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains(Issues(await ReadJsonResourceAsync(response, "OperationOutcome")), i => i.Code == "not-supported");
    }

    [Fact]
    public async Task Validate_NoContentType_Returns415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/Patient/$validate", UriKind.Relative))
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(Samples.ValidPatientJson)),
        };

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await ReadJsonResourceAsync(response, "OperationOutcome");
    }

    [Fact]
    public async Task Validate_AcceptAllowsNeitherFormat_Returns406()
    {
        using var response = await _client.SendAsync(Post("/Patient/$validate", Samples.ValidPatientJson, FhirJson, "text/html"));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        await ReadJsonResourceAsync(response, "OperationOutcome");
    }

    [Fact]
    public async Task Validate_DeclaredLengthOverTheLimit_Returns413OperationOutcome()
    {
        using var response = await _client.SendAsync(Post("/Patient/$validate", OversizedPatient(), FhirJson));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var issue = Issues(await ReadJsonResourceAsync(response, "OperationOutcome")).Single();
        Assert.Equal("too-long", issue.Code);
        Assert.Contains(GatewayFixture.MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), issue.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_ChunkedBodyOverTheLimit_Returns413OperationOutcome()
    {
        // No Content-Length: only Kestrel's MaxRequestBodySize, tripped while reading, can stop this one.
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/Patient/$validate", UriKind.Relative))
        {
            Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(OversizedPatient()))),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(FhirJson);
        request.Headers.TransferEncodingChunked = true;

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("too-long", Issues(await ReadJsonResourceAsync(response, "OperationOutcome")).Single().Code);
    }

    [Fact]
    public async Task Validate_BodyJustUnderTheLimit_IsValidated()
    {
        var padding = new string('x', (int)GatewayFixture.MaxBodyBytes - 200);
        var body = $$"""{"resourceType":"Patient","name":[{"text":"{{padding}}"}]}""";

        using var response = await _client.SendAsync(Post("/Patient/$validate", body, FhirJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Validate_JsonNestedBeyondTheLimit_Returns400()
    {
        var body = """{"resourceType":"Patient","extension":""" + new string('[', 200) + new string(']', 200) + "}";

        using var response = await _client.SendAsync(Post("/Patient/$validate", body, FhirJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Issues(await ReadJsonResourceAsync(response, "OperationOutcome")), i => i.Text.Contains("depth", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Validate_XmlNestedBeyondTheLimit_Returns400()
    {
        var body = "<Patient xmlns=\"http://hl7.org/fhir\">" + string.Concat(Enumerable.Repeat("<x>", 200)) + string.Concat(Enumerable.Repeat("</x>", 200)) + "</Patient>";

        using var response = await _client.SendAsync(Post("/Patient/$validate", body, FhirXml, FhirJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Issues(await ReadJsonResourceAsync(response, "OperationOutcome")), i => i.Text.Contains("deeper", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_JsonWithByteOrderMark_IsValidated()
    {
        using var response = await _client.SendAsync(Post("/Patient/$validate", "\uFEFF" + Samples.ValidPatientJson, FhirJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(Issues(await ReadJsonResourceAsync(response, "OperationOutcome")), i => i.IsError);
    }

    private static string OversizedPatient() =>
        $$"""{"resourceType":"Patient","name":[{"text":"{{new string('x', (int)GatewayFixture.MaxBodyBytes)}}"}]}""";
}
