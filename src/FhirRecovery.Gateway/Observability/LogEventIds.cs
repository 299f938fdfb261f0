namespace FhirRecovery.Gateway.Observability;

/// <summary>
/// The one registry of the gateway's log event ids. Ids are stable: dashboards and alerts key on them,
/// so a retired id is never reused. Ranges: 1xxx start-up and definitions, 2xxx requests, 3xxx errors.
/// </summary>
internal static class LogEventIds
{
    public const int DefinitionsLoading = 1000;
    public const int DefinitionsLoaded = 1001;
    public const int ProfilesWarmed = 1002;
    public const int GatewayReady = 1003;
    public const int StartupFailed = 1010;
    public const int HostFailedToStart = 1011;

    public const int RequestCompleted = 2000;
    public const int ValidationCompleted = 2100;
    public const int ValidationRefused = 2101;

    // 4xxx trust: authentication, authorisation, consent, audit of decisions.
    public const int DevelopmentIssuerEnabled = 4000;
    public const int AccessRefused = 4001;
    public const int TrustDecisionAudited = 4010;
    public const int PermissionsLoaded = 4020;

    public const int UnhandledException = 3000;
    public const int ResponseAlreadyStarted = 3001;
}
