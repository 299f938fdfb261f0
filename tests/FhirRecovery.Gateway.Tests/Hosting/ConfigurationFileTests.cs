using System.Reflection;
using FhirRecovery.Gateway.Definitions;
using FhirRecovery.Gateway.Metadata;
using FhirRecovery.Gateway.Observability;
using FhirRecovery.Gateway.Requests;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Tests.Hosting;

/// <summary>The shipped appsettings files name only settings that exist, and their values pass start-up validation.</summary>
public sealed class ConfigurationFileTests
{
    private static readonly Type[] _optionsTypes =
        [typeof(DefinitionsOptions), typeof(RequestLimitsOptions), typeof(MetadataOptions), typeof(ObservabilityOptions)];

    [Theory]
    [InlineData("appsettings.json")]
    [InlineData("appsettings.Development.json")]
    public void AppSettings_FhirRecoverySection_NamesOnlyBoundSettings(string file)
    {
        var section = Load(file).GetSection("FhirRecovery");
        var bound = _optionsTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
            .Select(p => p.Name)
            .Concat(["Authentication", "Trust", "Protection"]) // nested sections of the trust work
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var keys = section.GetChildren().Select(c => c.Key).ToList();

        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Contains(key, bound));
    }

    [Theory]
    [InlineData("appsettings.json")]
    [InlineData("appsettings.Development.json")]
    public void AppSettings_Values_PassStartupValidation(string file)
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json")
            .AddJsonFile(file)
            .Build()
            .GetSection("FhirRecovery");

        AssertValid(new DefinitionsOptionsValidator(), configuration.Get<DefinitionsOptions>()!);
        AssertValid(new RequestLimitsOptionsValidator(), configuration.Get<RequestLimitsOptions>()!);
        AssertValid(new MetadataOptionsValidator(), configuration.Get<MetadataOptions>() ?? new MetadataOptions());
        AssertValid(new ObservabilityOptionsValidator(), configuration.Get<ObservabilityOptions>()!);
    }

    [Fact]
    public void DefinitionsOptions_DefaultPackageDirectory_IsBesideTheBinaries()
    {
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "fhir-packages"), new DefinitionsOptions().ResolvedPackageDirectory);
    }

    private static IConfigurationRoot Load(string file) =>
        new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory).AddJsonFile(file).Build();

    private static void AssertValid<T>(IValidateOptions<T> validator, T options)
        where T : class
    {
        var result = validator.Validate(Options.DefaultName, options);
        Assert.True(result.Succeeded, result.FailureMessage);
    }
}
