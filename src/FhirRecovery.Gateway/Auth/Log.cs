using FhirRecovery.Gateway.Observability;

namespace FhirRecovery.Gateway.Auth;

internal static partial class Log
{
    [LoggerMessage(EventId = LogEventIds.DevelopmentIssuerEnabled, Level = LogLevel.Warning,
        Message = "DEVELOPMENT ISSUER ENABLED: tokens signed by {Issuer} with the local development key are accepted. Never run like this with real data.")]
    public static partial void DevelopmentIssuerEnabled(ILogger logger, string issuer);

    [LoggerMessage(EventId = LogEventIds.AccessRefused, Level = LogLevel.Information,
        Message = "Access refused: {Method} {Endpoint}")]
    public static partial void AccessRefused(ILogger logger, string method, string endpoint);

    // 4002: next to the refusal it backs up (LogEventIds belongs to the observability folder).
    [LoggerMessage(EventId = LogEventIds.AccessRefused + 1, Level = LogLevel.Error,
        Message = "Refused sign-ins were logged but not stored as an AuditEvent")]
    public static partial void FailedSignInAuditFailed(ILogger logger, Exception exception);
}
