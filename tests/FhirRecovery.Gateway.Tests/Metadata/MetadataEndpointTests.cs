using System.Net;
using FhirRecovery.Gateway.Definitions;
using FhirRecovery.Gateway.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static FhirRecovery.Gateway.Tests.Infrastructure.FhirHttp;

namespace FhirRecovery.Gateway.Tests.Metadata;

[Collection(GatewayTestGroup.Name)]
public sealed class MetadataEndpointTests(GatewayFixture fixture)
{
    private readonly HttpClient _client = fixture.Client;

    [Fact]
    public async Task Metadata_AcceptFhirJson_DescribesWhatTheGatewaySupports()
    {
        using var response = await _client.SendAsync(Get("/metadata", FhirJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var statement = await ReadJsonResourceAsync(response, "CapabilityStatement");
        Assert.Equal("active", statement.GetProperty("status").GetString());
        Assert.Equal("instance", statement.GetProperty("kind").GetString());
        Assert.Equal("4.0.1", statement.GetProperty("fhirVersion").GetString());
        Assert.False(string.IsNullOrEmpty(statement.GetProperty("date").GetString()));
        Assert.Equal("FhirRecovery Gateway", statement.GetProperty("software").GetProperty("name").GetString());
        // appsettings.Development.json sets the public base URL; the statement must use it, not the test's address.
        Assert.Equal("http://localhost:8080", statement.GetProperty("implementation").GetProperty("url").GetString());
        var formats = statement.GetProperty("format").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Contains("json", formats);
        Assert.Contains("xml", formats);

        var rest = statement.GetProperty("rest")[0];
        Assert.Equal("server", rest.GetProperty("mode").GetString());
        Assert.Contains(rest.GetProperty("operation").EnumerateArray(), o => o.GetProperty("name").GetString() == "validate");
        var patient = rest.GetProperty("resource").EnumerateArray().Single(r => r.GetProperty("type").GetString() == "Patient");
        Assert.Contains(patient.GetProperty("operation").EnumerateArray(), o => o.GetProperty("name").GetString() == "validate");
        Assert.False(patient.TryGetProperty("interaction", out _), "no read/search/write interaction exists yet, so none may be claimed");
    }

    [Fact]
    public async Task Metadata_Always_ListsTheLoadedProfilesAsSupportedProfiles()
    {
        var catalog = fixture.Host.App.Services.GetRequiredService<DefinitionsState>().Ready!.Catalog;
        Assert.NotEmpty(catalog.ProfileUrls);

        using var response = await _client.SendAsync(Get("/metadata", FhirJson));

        var statement = await ReadJsonResourceAsync(response, "CapabilityStatement");
        var listed = statement.GetProperty("rest")[0].GetProperty("resource").EnumerateArray()
            .Where(r => r.TryGetProperty("supportedProfile", out _))
            .SelectMany(r => r.GetProperty("supportedProfile").EnumerateArray().Select(p => p.GetString()))
            .ToList();
        Assert.Contains(listed, url => url!.EndsWith("/StructureDefinition/recovery-patient", StringComparison.Ordinal));
        Assert.All(listed, url => Assert.Contains(url, catalog.ProfileUrls));
    }

    [Fact]
    public async Task Metadata_AcceptFhirXml_ReturnsXml()
    {
        using var response = await _client.SendAsync(Get("/metadata", FhirXml));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = await ReadXmlResourceAsync(response, "CapabilityStatement");
        Assert.Equal("4.0.1", root.Element(FhirNs + "fhirVersion")?.Attribute("value")?.Value);
    }

    [Theory]
    [InlineData("xml", FhirXml)]
    [InlineData("application/fhir+xml", FhirXml)]
    [InlineData("text/xml", "text/xml")]
    [InlineData("json", FhirJson)]
    [InlineData("application/json", "application/json")]
    public async Task Metadata_FormatParameter_OverridesAccept(string format, string expectedMediaType)
    {
        var accept = expectedMediaType.Contains("xml", StringComparison.Ordinal) ? FhirJson : FhirXml;

        using var response = await _client.SendAsync(Get("/metadata?_format=" + Uri.EscapeDataString(format), accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedMediaType, MediaType(response));
    }

    [Fact]
    public async Task Metadata_FormatParameterWithUnescapedPlus_IsReadAsFhirJson()
    {
        // A literal '+' in a query string decodes to a space; "application/fhir json" must still mean FHIR JSON.
        using var response = await _client.SendAsync(Get("/metadata?_format=application/fhir+json", FhirXml));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(FhirJson, MediaType(response));
    }

    [Theory]
    [InlineData(FhirJson)]
    [InlineData(FhirXml)]
    public async Task Metadata_PrettyTrue_IndentsAndDefaultIsCompact(string accept)
    {
        using var pretty = await _client.SendAsync(Get("/metadata?_pretty=true", accept));
        using var compact = await _client.SendAsync(Get("/metadata", accept));

        Assert.Contains('\n', await pretty.Content.ReadAsStringAsync());
        Assert.DoesNotContain('\n', await compact.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("application/fhir+json;q=0.5, application/fhir+xml", FhirXml)]
    [InlineData("text/html, application/xml;q=0.9", "application/xml")]
    [InlineData("*/*", FhirJson)]
    [InlineData("text/html, */*;q=0.1", FhirJson)]
    public async Task Metadata_AcceptList_PicksTheBestSupportedType(string accept, string expectedMediaType)
    {
        using var response = await _client.SendAsync(Get("/metadata", accept));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedMediaType, MediaType(response));
    }

    [Theory]
    [InlineData("text/html", null)]
    [InlineData("application/fhir+json;q=0", null)]
    [InlineData(FhirJson, "html")]
    public async Task Metadata_NeitherFormatAcceptable_Returns406OperationOutcomeInJson(string accept, string? format)
    {
        using var response = await _client.SendAsync(Get("/metadata" + (format is null ? string.Empty : "?_format=" + format), accept));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        var outcome = await ReadJsonResourceAsync(response, "OperationOutcome");
        Assert.Contains(Issues(outcome), i => i.IsError && i.Code == "not-supported");
    }
}
