using FhirRecovery.Gateway.Observability;

namespace FhirRecovery.Gateway.Trust;

internal static partial class Log
{
    [LoggerMessage(EventId = LogEventIds.TrustDecisionAudited, Level = LogLevel.Information,
        Message = "Trust audit: {Decision} {Interaction} by {SenderOds} to/from {Counterpart} of {ResourceType} (event {MessageEvent}, override {OverrideGround} {OverrideReasonDigest}, consent {ConsentId}, correlation {AuditCorrelationId})")]
    public static partial void TrustDecisionAudited(ILogger logger, string decision, string interaction, string? senderOds, string? counterpart,
        string resourceType, string? messageEvent, string? overrideGround, string? overrideReasonDigest, string? consentId, string? auditCorrelationId);

    // 4011: next to the audit line it backs up (LogEventIds belongs to the observability folder).
    [LoggerMessage(EventId = LogEventIds.TrustDecisionAudited + 1, Level = LogLevel.Error,
        Message = "Trust audit: the {Decision} decision (correlation {AuditCorrelationId}) was logged but not stored as an AuditEvent")]
    public static partial void TrustAuditStoreFailed(ILogger logger, string decision, string? auditCorrelationId, Exception exception);

    [LoggerMessage(EventId = LogEventIds.PermissionsLoaded, Level = LogLevel.Information,
        Message = "Permissions loaded from {File}: {SendRules} send rules, {ReadRules} read rules")]
    public static partial void PermissionsLoaded(ILogger logger, string file, int sendRules, int readRules);
}
