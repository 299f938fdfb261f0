using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace FhirRecovery.LoadRuns;

/// <summary>Starts the receiver, the bare YARP host and the gateway (each its own process on loopback), runs the
/// chosen scenarios one after another against them, and writes the report.</summary>
internal static class LoadRun
{
    private const string FhirJson = "application/fhir+json";

    public static async Task<int> RunAsync(LoadRunOptions options)
    {
        // Everything the run writes (outboxes, pathway and consent databases, directory copy, signing key) lives in this
        // folder; it is deleted once every process that used it has been killed, so runs leave nothing behind in /tmp.
        var folder = Directory.CreateTempSubdirectory("fhir-recovery-load-").FullName;
        try
        {
            return await RunInAsync(options, folder);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools(); // (e0)'s store holds pooled connections to its file.
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<int> RunInAsync(LoadRunOptions options, string folder)
    {
        var self = typeof(LoadRun).Assembly.Location;
        using var client = new HttpMessageInvoker(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = false,
            MaxConnectionsPerServer = int.MaxValue,
        });
        var receiver = new Uri($"http://127.0.0.1:{FreePort()}");
        var yarp = new Uri($"http://127.0.0.1:{FreePort()}");
        var gateway = new Uri($"http://127.0.0.1:{FreePort()}");
        var (prepared, tokens) = GatewayUnderLoad.Prepare(folder, receiver);
        var environment = prepared.Concat(options.GatewayEnvironment).GroupBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
        var needsGateway = options.Scenarios.Any(s => s is "c" or "d" or "e" or "e1");

        using var receiverProcess = ChildProcess.Start(self, ["receiver", receiver.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await receiverProcess.WaitUntilAnsweringAsync(client, new Uri(receiver, "/fhir/metadata"), TimeSpan.FromSeconds(60));
        using var yarpProcess = options.Scenarios.Contains("b") ? ChildProcess.Start(self, ["yarp", yarp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), receiver.AbsoluteUri]) : null;
        if (yarpProcess is not null)
        {
            await yarpProcess.WaitUntilAnsweringAsync(client, new Uri(yarp, "/fhir/metadata"), TimeSpan.FromSeconds(60));
        }

        using var gatewayProcess = needsGateway ? ChildProcess.Start(GatewayUnderLoad.FindDll(options.GatewayDll), ["--urls", gateway.AbsoluteUri.TrimEnd('/')], environment) : null;
        if (gatewayProcess is not null)
        {
            await gatewayProcess.WaitUntilAnsweringAsync(client, new Uri(gateway, "/health/ready"), TimeSpan.FromSeconds(120));
        }

        var drugService = "Bearer " + tokens.Mint("FRD01", ["system/*.cruds"], TimeSpan.FromHours(2));
        var prison = "Bearer " + tokens.Mint("FRP01", ["system/*.cruds"], TimeSpan.FromHours(2));
        var handover = Payloads.ReleaseHandover();
        var handovers = new ReleaseHandovers(handover);
        var mentalHealth = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"system":"https://fhir.nhs.uk/Id/ods-organization-code","value":"FRM01"}"""));
        var readPath = "/fhir/e04/Task/load-1"; // riverside-mh-fhir (sample port 5104) on the receiver
        var all = new Dictionary<string, Scenario>(StringComparer.Ordinal)
        {
            ["a"] = new("a", "client -> receiver direct (read)", 200, (_, _) => Get(new Uri(receiver, readPath))),
            ["b"] = new("b", "through a bare YARP host (read)", 200, (_, _) => Get(new Uri(yarp, readPath)), Front: "yarp"),
            ["c"] = new("c", "through FhirRecovery pass-through (read, token, trust gate, audit)", 200, (_, _) =>
            {
                var request = Get(new Uri(gateway, "/Task/load-1"));
                request.Headers.TryAddWithoutValidation("Authorization", drugService);
                request.Headers.TryAddWithoutValidation("NHSD-Target-Identifier", mentalHealth);
                return request;
            }, Front: "gateway"),
            ["d"] = new("d", "$process-message, validated, synchronous (6.8 KB release handover, a person each)", 201, (worker, i) =>
                Post(new Uri(gateway, "/$process-message"), handovers.NextPerson(), prison, $"d-{worker}-{i}", respondAsync: false), Front: "gateway"),
            ["e"] = new("e", "store-and-forward acceptance, SQLite (202, validated, durable; a person each)", 202, (worker, i) =>
                Post(new Uri(gateway, "/$process-message"), handovers.NextPerson(), prison, $"e-{worker}-{i}", respondAsync: true), Front: "gateway"),
            ["e1"] = new("e1", "store-and-forward acceptance, one person's handover again and again (each supersedes the last)", 202, (worker, i) =>
                Post(new Uri(gateway, "/$process-message"), handovers.Same, prison, $"e1-{worker}-{i}", respondAsync: true), Front: "gateway"),
        };

        using var outbox = options.Scenarios.Contains("e0") ? await OutboxAcceptance.CreateAsync(folder, handover) : null;
        all["e0"] = new("e0", "SQLite outbox alone, in process (durable acceptances, group commit)", 0, null, (c, i) => outbox!.AcceptAsync(c, i), Front: "client");

        var started = TimeProvider.System.GetUtcNow();
        var loadBefore = Report.LoadAverage();
        var cpuClocks = new Dictionary<string, Func<TimeSpan>>(StringComparer.Ordinal)
        {
            ["receiver"] = () => receiverProcess.CpuTime,
            ["client"] = () => System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime,
        };
        if (yarpProcess is not null)
        {
            cpuClocks["yarp"] = () => yarpProcess.CpuTime;
        }

        if (gatewayProcess is not null)
        {
            cpuClocks["gateway"] = () => gatewayProcess.CpuTime;
        }

        var driver = new LoadDriver(client, options.Concurrency, options.Warmup, options.Duration, cpuClocks);
        var results = new List<(ScenarioResult, string)>();
        var backlogs = new List<string>();
        foreach (var key in options.Scenarios)
        {
            var result = await driver.RunAsync(all[key]);
            results.Add((result, Report.LoadAverage()));
            Console.WriteLine($"({key}) {result.PerSecond:0}/s p50 {result.P50Ms:0.00} ms p99 {result.P99Ms:0.00} ms ok {result.Succeeded} failed {result.Failed} {result.Scenario.Front} CPU {result.CpuMicrosecondsPerAnswer(result.Scenario.Front):0} us/answer");
            if (key is "e" or "e1")
            {
                var backlog = $"Gateway outbox after ({key}): " + await OutboxBacklog.DescribeAsync(Path.Combine(folder, "outbox.db")) + ".";
                backlogs.Add(backlog);
                Console.WriteLine(backlog);
            }
        }

        var report = Report.Write(options, started, loadBefore, results, backlogs);
        Console.WriteLine(report);
        if (options.Output is { } output)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
            await File.WriteAllTextAsync(output, report);
        }

        return results.Any(r => r.Item1.Failed > 0) ? 1 : 0;
    }

    private static HttpRequestMessage Get(Uri uri)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(FhirJson));
        return request;
    }

    private static HttpRequestMessage Post(Uri uri, byte[] body, string authorization, string requestId, bool respondAsync)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(FhirJson);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(FhirJson));
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        request.Headers.TryAddWithoutValidation("X-Request-ID", requestId);
        if (respondAsync)
        {
            request.Headers.TryAddWithoutValidation("Prefer", "respond-async");
        }

        return request;
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }
}
