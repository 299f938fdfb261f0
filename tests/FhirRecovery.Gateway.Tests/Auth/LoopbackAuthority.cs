using System.Security.Cryptography;
using FhirRecovery.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace FhirRecovery.Gateway.Tests.Auth;

/// <summary>
/// A plain OIDC authority on real Kestrel at 127.0.0.1: <c>{path}/.well-known/openid-configuration</c> naming its issuer
/// and <c>jwks_uri</c>, and the JWKS of an RSA key generated for the test. It counts how often its keys were fetched,
/// so a test can tell the gateway really used discovery.
/// </summary>
internal sealed class LoopbackAuthority : IAsyncDisposable
{
    private readonly RSA _key = RSA.Create(2048);
    private readonly WebApplication _app;
    private int _keyFetches;

    private LoopbackAuthority(WebApplication app, string basePath)
    {
        _app = app;
        BasePath = basePath;
        Credentials = new SigningCredentials(new RsaSecurityKey(_key) { KeyId = "loopback-key-1" }, SecurityAlgorithms.RsaSha256);
    }

    /// <summary>The path the authority lives under ("" for a plain authority, "/tenant/v2.0" for an Entra-shaped one).</summary>
    public string BasePath { get; }

    public string Origin => _app.Urls.First();

    /// <summary>The authority (and issuer) URL, with a trailing slash.</summary>
    public string Issuer => Origin + BasePath + "/";

    public SigningCredentials Credentials { get; }

    public int KeyFetches => Volatile.Read(ref _keyFetches);

    public static async Task<LoopbackAuthority> StartAsync(string basePath = "", string? issuerOverride = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{FhirReceiver.FreePort()}");
        var app = builder.Build();
        var authority = new LoopbackAuthority(app, basePath);
        app.MapGet(basePath + "/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = issuerOverride ?? authority.Issuer,
            ["jwks_uri"] = authority.Origin + basePath + "/keys",
            ["authorization_endpoint"] = authority.Origin + basePath + "/authorize",
            ["token_endpoint"] = authority.Origin + basePath + "/token",
        }));
        app.MapGet(basePath + "/keys", () =>
        {
            Interlocked.Increment(ref authority._keyFetches);
            var parameters = authority._key.ExportParameters(false);
            return Results.Json(new Dictionary<string, object>
            {
                ["keys"] = new[]
                {
                    new Dictionary<string, string>
                    {
                        ["kty"] = "RSA", ["use"] = "sig", ["alg"] = "RS256", ["kid"] = "loopback-key-1",
                        ["n"] = Base64UrlEncoder.Encode(parameters.Modulus), ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                    },
                },
            });
        });
        await app.StartAsync();
        return authority;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _key.Dispose();
    }
}
