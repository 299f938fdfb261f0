namespace FhirRecovery.Gateway.Referrals;

// Ids, ODS codes, statuses only: never a body, a patient or free text (a rejection reason is a code). Range 4300-4319.
internal static partial class Log
{
    [LoggerMessage(EventId = 4300, Level = LogLevel.Information, Message = "Recorded a referral from {ReferrerOds} to organisation {ReceiverOrganizationId} (message {MessageId})")]
    public static partial void ReferralRecorded(ILogger logger, string referrerOds, string receiverOrganizationId, string? messageId);

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "Recorded a referral Task update: status {Status}, reason {StatusReason}")]
    public static partial void TaskRecorded(ILogger logger, string status, string? statusReason);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Warning, Message = "Refused a referral Task update from {SenderOds}: the referral was sent to organisation {ReceiverOrganizationId}")]
    public static partial void TaskFromWrongOrganisation(ILogger logger, string senderOds, string receiverOrganizationId);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Warning, Message = "Refused a referral from {SenderOds}: its id is another organisation's referral")]
    public static partial void ReferralIdTaken(ILogger logger, string senderOds);

    [LoggerMessage(EventId = 4304, Level = LogLevel.Warning, Message = "A referral from {ReferrerOds} was routed but another organisation's referral has its id; not recorded")]
    public static partial void ReferralNotRecorded(ILogger logger, string referrerOds);
}
