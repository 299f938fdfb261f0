using Yarp.ReverseProxy.Configuration;

namespace FhirRecovery.LoadRuns;

/// <summary>The baseline for the pass-through: YARP alone (its own process, real Kestrel), one catch-all route to the
/// receiver, no logging, no authentication, no transforms beyond YARP's defaults.</summary>
internal static class BareYarpHost
{
    public static async Task<int> RunAsync(int port, Uri destination)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddReverseProxy().LoadFromMemory(
            [new RouteConfig { RouteId = "all", ClusterId = "receiver", Match = new RouteMatch { Path = "/{**rest}" } }],
            [new ClusterConfig
            {
                ClusterId = "receiver",
                Destinations = new Dictionary<string, DestinationConfig>(StringComparer.Ordinal) { ["r"] = new() { Address = destination.AbsoluteUri } },
            }]);
        var app = builder.Build();
        app.MapReverseProxy();
        await app.RunAsync();
        return 0;
    }
}
