using FhirRecovery.Gateway.Observability;

namespace FhirRecovery.Gateway.Trust;

internal static partial class Log
{
    [LoggerMessage(EventId = LogEventIds.TrustDecisionAudited, Level = LogLevel.Information,
        Message = "Trust audit: {Decision} {Interaction} by {SenderOds} to/from {Counterpart} of {ResourceType} (event {MessageEvent}, override {OverrideGround} {OverrideReasonDigest}, consent {ConsentId}, correlation {AuditCorrelationId})")]
    public static partial void TrustDecisionAudited(ILogger logger, string decision, string interaction, string? senderOds, string? counterpart,
        string resourceType, string? messageEvent, string? overrideGround, string? overrideReasonDigest, string? consentId, string? auditCorrelationId);

    [LoggerMessage(EventId = LogEventIds.PermissionsLoaded, Level = LogLevel.Information,
        Message = "Permissions loaded from {File}: {SendRules} send rules, {ReadRules} read rules")]
    public static partial void PermissionsLoaded(ILogger logger, string file, int sendRules, int readRules);
}
