using FhirRecovery.Trust.Development;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FhirRecovery.Cli.Tests;

public sealed class TokenCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Token_ForOrganisation_IsSignedByTheDevelopmentKeyWithItsScopes()
    {
        var keyPath = Path.Combine(_folder.Path, "key.pem");

        var run = CliRun.Of("token", "--org", "YEA", "--scope", "system/Bundle.c", "--scope", "system/Task.rs", "--key", keyPath);

        Assert.Equal(0, run.ExitCode);
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(run.Stdout.Trim(), new TokenValidationParameters
        {
            ValidIssuer = DevelopmentIssuerDefaults.Issuer,
            ValidAudience = DevelopmentIssuerDefaults.Audience,
            IssuerSigningKey = DevelopmentSigningKey.LoadOrCreate(keyPath).SecurityKey,
        });
        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal("YEA", result.Claims[DevelopmentIssuerDefaults.OrganisationClaim]);
        Assert.Equal("system/Bundle.c system/Task.rs", result.Claims["scope"]);
        Assert.False(result.Claims.ContainsKey("roles"));
    }

    [Fact]
    public async Task Token_WithOperatorRole_CarriesTheRolesClaim()
    {
        var keyPath = Path.Combine(_folder.Path, "key.pem");

        var run = CliRun.Of("token", "--org", "FRD01", "--scope", "system/AuditEvent.rs", "--role", "operator", "--key", keyPath);

        Assert.Equal(0, run.ExitCode);
        var token = new JsonWebTokenHandler().ReadJsonWebToken(run.Stdout.Trim());
        Assert.Equal("operator", Assert.Single(token.Claims, c => c.Type == "roles").Value);
    }

    [Theory]
    [InlineData("token")]
    [InlineData("token", "--org")]
    [InlineData("token", "--org", "YEA", "--scope", "patient/CarePlan.r")]
    [InlineData("token", "--org", "YEA", "--minutes", "0")]
    [InlineData("token", "--org", "YEA", "--colour", "red")]
    public void Token_BadUsage_ExitsTwo(params string[] args)
    {
        var run = CliRun.Of([.. args, "--key", Path.Combine(_folder.Path, "key.pem")]);

        Assert.Equal(2, run.ExitCode);
        Assert.Empty(run.Stdout);
    }
}
