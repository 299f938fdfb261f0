using FhirRecovery.Gateway.Auth;
using FhirRecovery.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace FhirRecovery.Gateway.Tests.Auth;

/// <summary>Which schemes configuration produces, per environment; and a broken permissions file refuses start-up.</summary>
public sealed class AuthenticationSetupTests
{
    [Theory]
    [InlineData("Development", true)]
    [InlineData("Production", false)]
    [InlineData("Staging", false)]
    public async Task DevelopmentIssuer_EnabledInConfiguration_IsRegisteredOnlyInDevelopment(string environment, bool expected)
    {
        using var tokens = new TestTokens();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(tokens.GatewaySettings()).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddGatewayAuthentication(configuration, new TestEnvironment(environment));
        await using var provider = services.BuildServiceProvider();

        var schemes = await provider.GetRequiredService<IAuthenticationSchemeProvider>().GetAllSchemesAsync();

        Assert.Equal(expected, schemes.Any(s => s.Name == AuthSchemes.Development));
        Assert.Contains(schemes, s => s.Name == AuthSchemes.ForAuthority("partner"));
    }

    [Fact]
    public async Task Gateway_PermissionsNamingUnknownServiceType_RefusesToStart()
    {
        var file = Path.Combine(Path.GetTempPath(), $"permissions-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """{"send":[{"fromServiceTypes":["bakery"],"messageEvents":["x"],"toServiceTypes":["housing"]}],"read":[]}""");
        try
        {
            await using var host = await GatewayHost.StartAsync(new Dictionary<string, string?> { ["FhirRecovery:Trust:PermissionsFile"] = file });

            Assert.Equal(1, await host.Run.WaitAsync(TimeSpan.FromSeconds(60)));
            Assert.Contains(host.Logs.RenderAll(), line => line.Contains("unknown service type 'bakery'", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("https://auth.example.nhs.uk/", false)]
    [InlineData("http://127.0.0.1:5000/", true)]
    [InlineData("http://localhost:5000/", true)]
    public void Validator_DiscoveryWithoutHttps_IsAcceptedOnlyForALoopbackAuthority(string authority, bool accepted)
    {
        var options = new GatewayAuthenticationOptions
        {
            Authorities = [new JwtAuthorityOptions { Name = "a", Issuer = authority, Audience = "aud", Authority = authority, RequireHttpsMetadata = false }],
        };

        var result = new GatewayAuthenticationOptionsValidator().Validate(null, options);

        Assert.Equal(accepted, result.Succeeded);
    }

    private sealed class TestEnvironment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "FhirRecovery.Gateway";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
