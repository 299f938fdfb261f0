using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using FhirRecovery.Gateway.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Logging;

namespace FhirRecovery.Gateway.Tests.Trust;

/// <summary>
/// An owning organisation's FHIR server on real Kestrel at 127.0.0.1: answers reads of the resources the test put
/// in it (<c>GET /fhir/{type}/{id}</c>) and searches with a canned searchset per resource type, and records every
/// request (path, query, Authorization) so tests can see what the gateway asked for.
/// </summary>
internal sealed class OwnerServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, string> _resources = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _searches = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Path, string Query, string Authorization)> _requests = new();
    private readonly ConcurrentQueue<string> _clientCertificates = new();
    private readonly WebApplication _app;

    private int _port;

    private OwnerServer(WebApplication app) => _app = app;

    public Uri BaseAddress => new(_app.Urls.FirstOrDefault() is { } url ? url + "/fhir" : $"https://127.0.0.1:{_port}/fhir");

    public IReadOnlyCollection<(string Path, string Query, string Authorization)> Requests => [.. _requests];

    /// <summary>Thumbprints of the client certificates presented (HTTPS only).</summary>
    public IReadOnlyCollection<string> ClientCertificates => [.. _clientCertificates];

    /// <summary>Over plain HTTP; or, given <paramref name="serverCertificate"/>, over HTTPS demanding a client certificate.</summary>
    public static async Task<OwnerServer> StartAsync(X509Certificate2? serverCertificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var port = FhirReceiver.FreePort();
        if (serverCertificate is null)
        {
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        }
        else
        {
            builder.WebHost.UseKestrelHttpsConfiguration();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(https =>
            {
                https.ServerCertificate = serverCertificate;
                https.ClientCertificateMode = ClientCertificateMode.RequireCertificate;
                https.AllowAnyClientCertificate();
            })));
        }

        var app = builder.Build();
        var server = new OwnerServer(app) { _port = port };
        // The gateway's active health checks probe /metadata: an owner that does not answer it counts as down.
        app.MapGet("/fhir/metadata", () => Results.Text("""{"resourceType":"CapabilityStatement","status":"active","kind":"instance","fhirVersion":"4.0.1","format":["json"]}""", "application/fhir+json", Encoding.UTF8));
        app.MapGet("/fhir/{type}/{id}", (HttpContext context, string type, string id) => server.Answer(context, $"{type}/{id}", server._resources));
        app.MapGet("/fhir/{type}", (HttpContext context, string type) => server.Answer(context, type, server._searches));
        await app.StartAsync();
        return server;
    }

    /// <summary>Serves <paramref name="json"/> (a resource with resourceType and id) at <c>{type}/{id}</c>.</summary>
    public void Put(string type, string id, string json) => _resources[$"{type}/{id}"] = json;

    /// <summary>Answers every search of <paramref name="type"/> with <paramref name="bundleJson"/>.</summary>
    public void PutSearch(string type, string bundleJson) => _searches[type] = bundleJson;

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private IResult Answer(HttpContext context, string key, ConcurrentDictionary<string, string> store)
    {
        if (context.Connection.ClientCertificate is { } certificate)
        {
            _clientCertificates.Enqueue(certificate.Thumbprint);
        }

        _requests.Enqueue((key, context.Request.QueryString.Value ?? string.Empty, context.Request.Headers.Authorization.ToString()));
        return store.TryGetValue(key, out var json)
            ? Results.Text(json, "application/fhir+json", Encoding.UTF8)
            : Results.Text("""{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"not-found"}]}""", "application/fhir+json", Encoding.UTF8, 404);
    }
}
