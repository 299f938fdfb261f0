namespace FhirRecovery.Gateway.Routing;

/// <summary>Where messages go and how they are routed. Bound from <c>FhirRecovery:Routing</c>; validated at start-up.</summary>
internal sealed class RoutingOptions
{
    public const string SectionName = "FhirRecovery:Routing";

    /// <summary>The routing directory folder (FHIR Organization, HealthcareService, Endpoint, Location files). Relative
    /// paths are resolved against the application folder, where the build copies the sample deployment's directory.</summary>
    public string DirectoryPath { get; set; } = Path.Combine("conformance", "directory");

    /// <summary>Message events that are always stored and forwarded (answered 202), whatever the sender prefers.
    /// Null means the default: <c>release-handover</c> (a prison release must reach the community service even when
    /// it is down on the day).</summary>
    public List<string>? StoreAndForwardEvents { get; set; }

    /// <summary>Keys the pseudonymous patient key (HMAC-SHA256 of the NHS number) that orders messages per patient
    /// and receiver. Set it in production (a secret); without it the key is an unkeyed hash.</summary>
    public string? PatientKeySecret { get; set; }

    /// <summary>How often an idle delivery worker looks for due messages (a new acceptance wakes it at once).</summary>
    public TimeSpan WorkerPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The gateway's own credentials towards receivers; the sender's Authorization is never forwarded.</summary>
    public ReceiverCredentialOptions ReceiverCredentials { get; set; } = new();

    /// <summary>Active health checks of receivers (a receiver known down is answered 503 at once, and the delivery
    /// worker spends no attempts on it until it is back).</summary>
    public ReceiverHealthCheckOptions HealthChecks { get; set; } = new();

    public IReadOnlyList<string> EffectiveStoreAndForwardEvents => StoreAndForwardEvents ?? [MessageEvents.ReleaseHandover];

    public string ResolvedDirectoryPath => Path.GetFullPath(DirectoryPath, AppContext.BaseDirectory);
}
