using System.Text;

namespace FhirRecovery.LoadRuns;

/// <summary>
/// The receiver every scenario ends at (its own process, real Kestrel on loopback): answers a read with a small Task,
/// a POST with a 201 OperationOutcome after reading the whole body, and <c>GET /fhir/metadata</c> for the gateway's
/// health checks. It does as little as possible, so the figures measure what stands in front of it.
/// </summary>
internal static class LoadReceiver
{
    private static readonly byte[] _task = Encoding.UTF8.GetBytes(
        """{"resourceType":"Task","id":"load-1","status":"in-progress","intent":"order","description":"Referral accepted; first appointment booked.","authoredOn":"2026-11-20T09:30:00Z","lastModified":"2026-11-22T14:05:00Z"}""");

    private static readonly byte[] _accepted = Encoding.UTF8.GetBytes(
        """{"resourceType":"OperationOutcome","issue":[{"severity":"information","code":"informational","diagnostics":"received"}]}""");

    private static readonly byte[] _capabilities = Encoding.UTF8.GetBytes(
        """{"resourceType":"CapabilityStatement","status":"active","kind":"instance","fhirVersion":"4.0.1","format":["json"]}""");

    public static async Task<int> RunAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        // Every directory endpoint is a distinct path here (addresses must be unique): /fhir/e02, /fhir/e04, ...
        app.MapGet("/fhir/{**path}", (HttpContext c, string path) =>
            WriteAsync(c, 200, path.EndsWith("metadata", StringComparison.Ordinal) ? _capabilities : _task));
        app.MapPost("/fhir/{**path}", async (HttpContext c) =>
        {
            await c.Request.Body.CopyToAsync(Stream.Null, c.RequestAborted);
            await WriteAsync(c, 201, _accepted);
        });
        await app.RunAsync();
        return 0;
    }

    private static Task WriteAsync(HttpContext context, int status, byte[] body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/fhir+json";
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }
}
