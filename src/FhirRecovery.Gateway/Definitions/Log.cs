using FhirRecovery.Gateway.Observability;

namespace FhirRecovery.Gateway.Definitions;

internal static partial class Log
{
    [LoggerMessage(EventId = LogEventIds.DefinitionsLoading, Level = LogLevel.Information,
        Message = "Loading FHIR packages from {PackageDirectory}")]
    public static partial void DefinitionsLoading(ILogger logger, string packageDirectory);

    [LoggerMessage(EventId = LogEventIds.DefinitionsLoaded, Level = LogLevel.Information,
        Message = "Loaded FHIR packages {Packages} in {ElapsedMs:0} ms")]
    public static partial void DefinitionsLoaded(ILogger logger, IReadOnlyList<string> packages, double elapsedMs);

    [LoggerMessage(EventId = LogEventIds.ProfilesWarmed, Level = LogLevel.Information,
        Message = "Compiled {ProfileCount} enforced profiles in {ElapsedMs:0} ms")]
    public static partial void ProfilesWarmed(ILogger logger, int profileCount, double elapsedMs);

    [LoggerMessage(EventId = LogEventIds.GatewayReady, Level = LogLevel.Information,
        Message = "Gateway ready: definitions loaded and enforced profiles compiled")]
    public static partial void GatewayReady(ILogger logger);

    [LoggerMessage(EventId = LogEventIds.StartupFailed, Level = LogLevel.Critical,
        Message = "The gateway cannot start: {Reason}")]
    public static partial void StartupFailed(ILogger logger, string reason, Exception? exception);
}
