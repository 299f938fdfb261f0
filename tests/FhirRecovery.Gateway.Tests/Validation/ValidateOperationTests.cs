using System.Net;
using FhirRecovery.Gateway.Tests.Infrastructure;
using static FhirRecovery.Gateway.Tests.Infrastructure.FhirHttp;

namespace FhirRecovery.Gateway.Tests.Validation;

[Collection(GatewayTestGroup.Name)]
public sealed class ValidateOperationTests(GatewayFixture fixture)
{
    private const string RecoveryPatient = "https://fhirrecovery.org.uk/fhir/StructureDefinition/recovery-patient";

    private readonly HttpClient _client = fixture.Client;

    [Theory]
    [InlineData("/$validate")]
    [InlineData("/Patient/$validate")]
    public async Task Validate_ValidPatientJson_Returns200AllOk(string path)
    {
        using var response = await _client.SendAsync(Post(path, Samples.ValidPatientJson, FhirJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var issues = Issues(await ReadJsonResourceAsync(response, "OperationOutcome"));
        Assert.NotEmpty(issues);
        Assert.All(issues, i => Assert.Equal("information", i.Severity));
    }

    [Fact]
    public async Task Validate_ValidPatientXml_Returns200XmlOutcomeByDefault()
    {
        // No Accept header: the answer comes in the format the body was sent in.
        using var response = await _client.SendAsync(Post("/Patient/$validate", Samples.ValidPatientXml, FhirXml));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outcome = await ReadXmlResourceAsync(response, "OperationOutcome");
        Assert.DoesNotContain(outcome.Elements(FhirNs + "issue"),
            i => i.Element(FhirNs + "severity")?.Attribute("value")?.Value is "error" or "fatal");
    }

    [Fact]
    public async Task Validate_UnknownElementAndBadDate_Returns200WithAnIssuePerFindingAndItsExpression()
    {
        using var response = await _client.SendAsync(Post("/Patient/$validate", Samples.InvalidPatientJson, FhirJson));

        // FHIR's $validate answers 200 when the validation ran, whatever it found.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = Issues(await ReadJsonResourceAsync(response, "OperationOutcome")).Where(i => i.IsError).ToList();
        Assert.Contains(errors, i => i.Expressions.Contains("Patient.favouriteColour"));
        Assert.Contains(errors, i => i.Expressions.Contains("Patient.birthDate"));
    }

    [Fact]
    public async Task Validate_PatientBreakingCardinality_ReportsEachWithItsExpression()
    {
        using var response = await _client.SendAsync(Post("/Patient/$validate", Samples.PatientWithBadCardinalityJson, FhirJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = Issues(await ReadJsonResourceAsync(response, "OperationOutcome")).Where(i => i.IsError).ToList();
        Assert.Contains(errors, i => i.Expressions.Any(e => e.StartsWith("Patient.active", StringComparison.Ordinal)));
        Assert.Contains(errors, i => i.Expressions.Any(e => e.StartsWith("Patient.link[0]", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Validate_TooManyRepetitions_ReportsCardinalityError()
    {
        using var response = await _client.SendAsync(Post("/Observation/$validate", Samples.ObservationWithTwoSubjectsJson, FhirJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = Issues(await ReadJsonResourceAsync(response, "OperationOutcome")).Where(i => i.IsError).ToList();
        Assert.Contains(errors, i => i.Expressions.Any(e => e.StartsWith("Observation.subject", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Validate_ParametersWithProfileJson_ValidatesTheInnerResourceAgainstTheProfile()
    {
        // RecoveryPatient requires an identifier; the base Patient does not.
        using var withProfile = await _client.SendAsync(Post("/Patient/$validate", Samples.ParametersJson(Samples.ValidPatientJson, RecoveryPatient), FhirJson));
        using var withoutProfile = await _client.SendAsync(Post("/Patient/$validate", Samples.ParametersJson(Samples.ValidPatientJson, null), FhirJson));

        Assert.Equal(HttpStatusCode.OK, withProfile.StatusCode);
        var profiled = Issues(await ReadJsonResourceAsync(withProfile, "OperationOutcome"));
        Assert.Contains(profiled, i => i.IsError && i.Text.Contains("identifier", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, withoutProfile.StatusCode);
        Assert.DoesNotContain(Issues(await ReadJsonResourceAsync(withoutProfile, "OperationOutcome")), i => i.IsError);
    }

    [Fact]
    public async Task Validate_ParametersWithProfileXml_ValidatesTheInnerResourceAgainstTheProfile()
    {
        using var response = await _client.SendAsync(Post("/$validate", Samples.ParametersXml(Samples.ValidPatientXml, RecoveryPatient), FhirXml, FhirJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var issues = Issues(await ReadJsonResourceAsync(response, "OperationOutcome"));
        Assert.Contains(issues, i => i.IsError && i.Text.Contains("identifier", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_ProfileQueryParameter_ValidatesAgainstTheProfile()
    {
        using var response = await _client.SendAsync(Post("/Patient/$validate?profile=" + Uri.EscapeDataString(RecoveryPatient), Samples.ValidPatientJson, FhirJson));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Issues(await ReadJsonResourceAsync(response, "OperationOutcome")),
            i => i.IsError && i.Text.Contains("identifier", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://example.org/StructureDefinition/not-loaded")]
    [InlineData("http://hl7.org/fhir/ValueSet/administrative-gender")]
    public async Task Validate_ProfileThatIsNoKnownStructureDefinition_Returns400NamingIt(string unknown)
    {
        using var response = await _client.SendAsync(Post("/Patient/$validate?profile=" + Uri.EscapeDataString(unknown), Samples.ValidPatientJson, FhirJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Issues(await ReadJsonResourceAsync(response, "OperationOutcome")), i => i.Text.Contains(unknown, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_ResourceOfAnotherTypeThanTheRoute_Returns400()
    {
        using var response = await _client.SendAsync(Post("/Patient/$validate", Samples.ValidObservationJson, FhirJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var issue = Issues(await ReadJsonResourceAsync(response, "OperationOutcome")).Single();
        Assert.True(issue.IsError);
        Assert.Contains("Observation", issue.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Foo/$validate")]
    [InlineData("/patient/$validate")]
    [InlineData("/DomainResource/$validate")]
    public async Task Validate_UnknownResourceTypeInRoute_Returns404OperationOutcome(string path)
    {
        using var response = await _client.SendAsync(Post(path, Samples.ValidPatientJson, FhirJson));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(Issues(await ReadJsonResourceAsync(response, "OperationOutcome")), i => i.Code == "not-found");
    }

    [Fact]
    public async Task Validate_UnknownResourceTypeInBody_Returns400()
    {
        using var response = await _client.SendAsync(Post("/$validate", """{"resourceType":"Foo","id":"1"}""", FhirJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(Issues(await ReadJsonResourceAsync(response, "OperationOutcome")), i => i.Text.Contains("Foo", StringComparison.Ordinal));
    }
}
