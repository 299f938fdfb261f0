using System.Reflection;
using FhirRecovery.Gateway.Definitions;
using FhirRecovery.Gateway.Metadata;
using FhirRecovery.Gateway.Observability;
using FhirRecovery.Gateway.Requests;
using NJsonSchema;

namespace FhirRecovery.Gateway.Tests.Hosting;

/// <summary>appsettings.schema.json describes exactly the settings the options classes bind, and the shipped
/// appsettings files conform to it, so editors can complete and check them.</summary>
public sealed class ConfigurationSchemaTests
{
    private static readonly Type[] _optionsTypes =
        [typeof(DefinitionsOptions), typeof(RequestLimitsOptions), typeof(MetadataOptions), typeof(ObservabilityOptions)];

    [Theory]
    [InlineData("appsettings.json")]
    [InlineData("appsettings.Development.json")]
    public async Task AppSettingsFile_ConformsToTheSchema(string file)
    {
        var schema = await LoadSchemaAsync();

        var errors = schema.Validate(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, file)));

        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("""{"FhirRecovery":{"MaxRequestBodyByte":1024}}""")]
    [InlineData("""{"FhirRecovery":{"MaxRequestBodyBytes":12}}""")]
    [InlineData("""{"FhirRecovery":{"LogFormat":"Xml"}}""")]
    [InlineData("""{"FhirRecovery":{"PublicBaseUrl":"ftp://example.org"}}""")]
    public async Task Schema_MisspeltOrOutOfRangeSetting_IsReported(string settings)
    {
        var schema = await LoadSchemaAsync();

        Assert.NotEmpty(schema.Validate(settings));
    }

    [Fact]
    public async Task Schema_Properties_AreExactlyTheBoundOptions()
    {
        var schema = await LoadSchemaAsync();
        var bound = _optionsTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            .Select(p => p.Name)
            .Concat(["Authentication", "Trust", "Protection", "Kestrel"]) // nested sections of the trust work
            .Order(StringComparer.Ordinal);

        var described = schema.Properties["FhirRecovery"].Properties.Keys.Order(StringComparer.Ordinal);

        Assert.Equal(bound, described);
    }

    private static Task<JsonSchema> LoadSchemaAsync() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "appsettings.schema.json"));
}
