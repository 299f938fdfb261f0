using FhirRecovery.Gateway.Tests.Infrastructure;

namespace FhirRecovery.Gateway.Tests.Delivery;

/// <summary>The routing testbed with fast active health checks (every 0.2 s, down after 2 failed probes), so a
/// stopped receiver is known down within a second and a restarted one is known up again just as fast.</summary>
public sealed class ReceiverHealthTestbed : RoutingTestbed
{
    protected override void AddSettings(IDictionary<string, string?> settings)
    {
        settings["FhirRecovery:Routing:HealthChecks:Interval"] = "00:00:00.200";
        settings["FhirRecovery:Routing:HealthChecks:Timeout"] = "00:00:00.150";
        settings["FhirRecovery:Routing:HealthChecks:ConsecutiveFailures"] = "2";
    }
}
