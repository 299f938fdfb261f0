using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FhirRecovery.Gateway.Tests.Infrastructure;

/// <summary>
/// A partner's FHIR server on real Kestrel at 127.0.0.1: takes any POST, counts it by X-Request-ID and keeps its
/// headers; answers reads of <c>CarePlan</c>. It can be stopped (connection refused) and started again on the same
/// port, or told to answer 503 (a receiver that is up but failing).
/// </summary>
public sealed class FhirReceiver : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, int> _countsByRequestId = new();
    private readonly ConcurrentQueue<ReceivedRequest> _received = new();
    private WebApplication? _app;

    private FhirReceiver(string name, int port)
    {
        Name = name;
        Port = port;
    }

    public string Name { get; }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/fhir");

    /// <summary>While true, every request is answered 503 (transient for the gateway).</summary>
    public bool Failing { get; set; }

    public IReadOnlyCollection<ReceivedRequest> Received => [.. _received];

    public int CountOf(string requestId) => _countsByRequestId.TryGetValue(requestId, out var count) ? count : 0;

    public static async Task<FhirReceiver> StartAsync(string name)
    {
        var receiver = new FhirReceiver(name, FreePort());
        await receiver.StartAsync();
        return receiver;
    }

    /// <summary>A port nothing listens on (bound, then released).</summary>
    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        var app = builder.Build();
        app.MapPost("/fhir/{**path}", RecordAsync);
        app.MapGet("/fhir/{type}/{id}", Read);
        // What the gateway's active health checks probe.
        app.MapGet("/fhir/metadata", () => Results.Text(
            """{"resourceType":"CapabilityStatement","status":"active","kind":"instance","fhirVersion":"4.0.1","format":["json"]}""",
            "application/fhir+json"));
        await app.StartAsync();
        _app = app;
    }

    public async Task StopAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private async Task<IResult> RecordAsync(HttpContext context, string path)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        if (Failing)
        {
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        var requestId = context.Request.Headers["X-Request-ID"].ToString();
        _received.Enqueue(new ReceivedRequest(path, requestId, context.Request.Headers["X-Correlation-ID"].ToString(),
            context.Request.Headers.Authorization.ToString(), context.Request.Headers["NHSD-Target-Identifier"].ToString(), body));
        _countsByRequestId.AddOrUpdate(requestId, 1, (_, count) => count + 1);
        var outcome = $$"""{"resourceType":"OperationOutcome","issue":[{"severity":"information","code":"informational","diagnostics":"received by {{Name}}"}]}""";
        return Results.Text(outcome, "application/fhir+json", Encoding.UTF8, StatusCodes.Status201Created);
    }

    private IResult Read(HttpContext context, string type, string id)
    {
        _received.Enqueue(new ReceivedRequest($"{type}/{id}", context.Request.Headers["X-Request-ID"].ToString(),
            context.Request.Headers["X-Correlation-ID"].ToString(), context.Request.Headers.Authorization.ToString(), string.Empty, string.Empty));
        return type == "CarePlan"
            ? Results.Text("{\"resourceType\":\"CarePlan\",\"id\":\"" + id + "\",\"status\":\"active\",\"intent\":\"plan\",\"subject\":{\"display\":\"served by " + Name + "\"}}", "application/fhir+json")
            : Results.Text("""{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"not-found"}]}""", "application/fhir+json", Encoding.UTF8, 404);
    }
}

public sealed record ReceivedRequest(string Path, string RequestId, string CorrelationId, string Authorization, string TargetHeader, string Body);
