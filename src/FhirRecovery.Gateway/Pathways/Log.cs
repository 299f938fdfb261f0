namespace FhirRecovery.Gateway.Pathways;

// Message ids, organisation ids, codes and counts only: never a person, a date of birth, a release date or a body.
// Range 4600-4649.
internal static partial class Log
{
    [LoggerMessage(EventId = 4600, Level = LogLevel.Information, Message = "Recorded release handover {MessageId} for organisation {ReceiverOrganizationId}; it supersedes {SupersededCount} earlier handover(s)")]
    public static partial void HandoverRecorded(ILogger logger, string messageId, string receiverOrganizationId, int supersededCount);

    [LoggerMessage(EventId = 4601, Level = LogLevel.Information, Message = "Release handover {MessageId} acknowledged by organisation {ReceiverOrganizationId} with {Code}")]
    public static partial void HandoverAcknowledged(ILogger logger, string messageId, string receiverOrganizationId, string code);

    [LoggerMessage(EventId = 4602, Level = LogLevel.Warning, Message = "Release handover {MessageId} is unacknowledged within {LeadHours} hours of the planned release: flagged")]
    public static partial void HandoverFlagged(ILogger logger, string messageId, double leadHours);

    [LoggerMessage(EventId = 4603, Level = LogLevel.Information, Message = "Release handover {MessageId} withheld from delivery: superseded by {SupersededBy}")]
    public static partial void HandoverWithheld(ILogger logger, string messageId, string supersededBy);

    [LoggerMessage(EventId = 4604, Level = LogLevel.Information, Message = "Message {MessageId} raised review flag {Code}")]
    public static partial void ReviewFlagRaised(ILogger logger, string messageId, string code);

    [LoggerMessage(EventId = 4605, Level = LogLevel.Warning, Message = "A response message answers no release handover that organisation {OrganizationId} received")]
    public static partial void AcknowledgementUnmatched(ILogger logger, string organizationId);

    [LoggerMessage(EventId = 4610, Level = LogLevel.Error, Message = "The handover sweep failed; it runs again at the next interval")]
    public static partial void SweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4611, Level = LogLevel.Error, Message = "The pathway database failed on {What}; the routed write and its outbox status stand without the pathway part")]
    public static partial void RecordFailed(ILogger logger, Exception exception, string what);
}
