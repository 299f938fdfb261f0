namespace FhirRecovery.Gateway.Routing;

/// <summary>Active health checks of receivers: YARP probes <c>GET {endpoint address}{Path}</c> (a FHIR server's
/// CapabilityStatement) for every active directory endpoint. Bound from <c>FhirRecovery:Routing:HealthChecks</c>.</summary>
internal sealed class ReceiverHealthCheckOptions
{
    public bool Enabled { get; set; } = true;

    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Appended to the endpoint's base address.</summary>
    public string Path { get; set; } = "/metadata";

    /// <summary>Failed probes in a row before a receiver counts as down; one good probe brings it back.</summary>
    public int ConsecutiveFailures { get; set; } = 2;

    public IEnumerable<string> Problems()
    {
        if (Interval <= TimeSpan.Zero || Timeout <= TimeSpan.Zero)
        {
            yield return "FhirRecovery:Routing:HealthChecks:Interval and Timeout must be positive.";
        }

        if (Timeout > Interval)
        {
            yield return "FhirRecovery:Routing:HealthChecks:Timeout must not be longer than the Interval.";
        }

        if (string.IsNullOrWhiteSpace(Path) || !Path.StartsWith('/'))
        {
            yield return "FhirRecovery:Routing:HealthChecks:Path must start with '/'.";
        }

        if (ConsecutiveFailures < 1)
        {
            yield return "FhirRecovery:Routing:HealthChecks:ConsecutiveFailures must be at least 1.";
        }
    }
}
