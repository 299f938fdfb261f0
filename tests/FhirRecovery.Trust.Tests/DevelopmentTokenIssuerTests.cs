using FhirRecovery.Trust.Development;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FhirRecovery.Trust.Tests;

public sealed class DevelopmentTokenIssuerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "fhir-recovery-trust-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static TokenValidationParameters Parameters(DevelopmentSigningKey key) => new()
    {
        ValidIssuer = "https://localhost/dev-issuer",
        ValidAudience = "fhir-recovery",
        IssuerSigningKey = key.SecurityKey,
        ClockSkew = TimeSpan.Zero,
    };

    [Fact]
    public async Task Mint_TokenValidatesWithTheSameKeyAndCarriesOdsAndScopes()
    {
        var key = DevelopmentSigningKey.LoadOrCreate(Path.Combine(_folder, "dev-key.pem"));
        var issuer = new DevelopmentTokenIssuer(key, "https://localhost/dev-issuer", "fhir-recovery", "ods", TimeProvider.System);

        var token = issuer.Mint("YEA", ["system/Bundle.c", "system/Task.rs"], TimeSpan.FromMinutes(5));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, Parameters(key));

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.Equal("YEA", result.Claims["ods"]);
        Assert.Equal("system/Bundle.c system/Task.rs", result.Claims["scope"]);
    }

    [Fact]
    public async Task LoadOrCreate_SecondLoad_ReusesTheKeyFromDisk()
    {
        var path = Path.Combine(_folder, "dev-key.pem");
        var first = DevelopmentSigningKey.LoadOrCreate(path);
        var second = DevelopmentSigningKey.LoadOrCreate(path);
        var token = new DevelopmentTokenIssuer(first, "https://localhost/dev-issuer", "fhir-recovery", "ods", TimeProvider.System)
            .Mint("A81001", ["system/CarePlan.rs"], TimeSpan.FromMinutes(5));

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, Parameters(second));

        Assert.True(result.IsValid);
        Assert.Equal(first.SecurityKey.KeyId, second.SecurityKey.KeyId);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public async Task Mint_TokenFromAnotherKey_FailsSignatureValidation()
    {
        var ours = DevelopmentSigningKey.LoadOrCreate(Path.Combine(_folder, "ours.pem"));
        var theirs = DevelopmentSigningKey.LoadOrCreate(Path.Combine(_folder, "theirs.pem"));
        var token = new DevelopmentTokenIssuer(theirs, "https://localhost/dev-issuer", "fhir-recovery", "ods", TimeProvider.System)
            .Mint("YEA", ["system/Bundle.c"], TimeSpan.FromMinutes(5));

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, Parameters(ours));

        Assert.False(result.IsValid);
        Assert.IsType<SecurityTokenSignatureKeyNotFoundException>(result.Exception);
    }

    [Fact]
    public async Task Mint_TokenMintedAnHourAgoForFiveMinutes_IsExpired()
    {
        var key = DevelopmentSigningKey.LoadOrCreate(Path.Combine(_folder, "dev-key.pem"));
        var anHourAgo = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(-1));
        var token = new DevelopmentTokenIssuer(key, "https://localhost/dev-issuer", "fhir-recovery", "ods", anHourAgo)
            .Mint("YEA", ["system/Bundle.c"], TimeSpan.FromMinutes(5));

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, Parameters(key));

        Assert.False(result.IsValid);
        Assert.IsType<SecurityTokenExpiredException>(result.Exception);
    }
}
