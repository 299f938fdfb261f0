using Microsoft.Extensions.Logging;

namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>Directory logs. Event ids 5100-5199 (see the project README for the registry).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Routing directory loaded from {Path}: {Organizations} organisations, {Services} services, {Endpoints} endpoints")]
    public static partial void DirectoryLoaded(ILogger logger, string path, int organizations, int services, int endpoints);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Error, Message = "Routing directory reload from {Path} refused; the previous directory stays in force. {ProblemCount} problem(s): {Problems}")]
    public static partial void ReloadRefused(ILogger logger, string path, int problemCount, string problems);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Error, Message = "Routing directory reload from {Path} failed unexpectedly; the previous directory stays in force")]
    public static partial void ReloadCrashed(ILogger logger, Exception exception, string path);
}
