using FhirRecovery.Gateway.Routing;
using FhirRecovery.Routing.ServiceDirectory;
using Microsoft.Extensions.Options;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;

namespace FhirRecovery.Gateway.Delivery;

/// <summary>
/// YARP's configuration built from the routing directory: one cluster per active endpoint (cluster id = endpoint id)
/// with one destination, its address, and an active health check of <c>{address}/metadata</c>. No routes: the gateway
/// chooses the receiver itself (target resolution) and sends through <c>IHttpForwarder</c>; YARP's clusters are
/// there for its health checks. Rebuilt whenever the directory reloads.
/// </summary>
internal sealed class DirectoryProxyConfigProvider(
    ReceiverHealthMonitor monitor, IOptions<RoutingOptions> options, ILogger<DirectoryProxyConfigProvider> logger) : IProxyConfigProvider, IDisposable
{
    private readonly ReceiverHealthCheckOptions _options = options.Value.HealthChecks;

    // Empty until the directory is open: YARP loads its configuration when the endpoints are mapped, before start-up
    // has opened (and possibly refused) the directory.
    private readonly InMemoryConfigProvider _config = new([], []);
    private IDirectorySource? _directory;

    public IProxyConfig GetConfig() => _config.GetConfig();

    /// <summary>Builds the clusters from the directory in force and follows its reloads. Called once at start-up.</summary>
    public void Attach(IDirectorySource directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        _directory = directory;
        directory.Reloaded += OnDirectoryReloaded;
        Apply(directory.Current);
    }

    public void Dispose()
    {
        if (_directory is not null)
        {
            _directory.Reloaded -= OnDirectoryReloaded;
        }
    }

    private void OnDirectoryReloaded(object? sender, DirectoryReloadedEventArgs e)
    {
        if (e.Accepted)
        {
            Apply(e.Current);
        }
    }

    private void Apply(RoutingDirectory directory)
    {
        var clusters = Clusters(directory);
        monitor.Retain(clusters.Select(c => c.ClusterId).ToHashSet(StringComparer.Ordinal));
        _config.Update([], clusters);
        Log.HealthChecksConfigured(logger, _options.Enabled ? clusters.Count : 0);
    }

    private List<ClusterConfig> Clusters(RoutingDirectory directory) =>
        // A mailbox endpoint is never called (its receiver polls the gateway), so there is nothing to probe.
        directory.Endpoints.Where(e => e.Active && e.ConnectionType != EndpointConnectionType.FhirMailbox).Select(endpoint => new ClusterConfig
        {
            ClusterId = endpoint.Id,
            Destinations = new Dictionary<string, DestinationConfig>(StringComparer.Ordinal)
            {
                ["receiver"] = new() { Address = endpoint.Address.AbsoluteUri },
            },
            HealthCheck = new HealthCheckConfig
            {
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = _options.Enabled,
                    Interval = _options.Interval,
                    Timeout = _options.Timeout,
                    Path = _options.Path,
                    Policy = ReceiverProbePolicy.PolicyName,
                },
                // Every destination stays available to YARP: whether to send is the gateway's decision, not the balancer's.
                AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyOrPanic,
            },
            Metadata = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["ConnectionType"] = endpoint.ConnectionType.ToString(),
                ["Organization"] = endpoint.OrganizationId ?? string.Empty,
            },
        }).ToList();
}
