namespace FhirRecovery.Gateway.Pathways;

/// <summary>One release handover as the gateway tracks it, by outbox message id (the sender's status resource id).</summary>
internal sealed record HandoverRecord(
    string MessageId,
    string ReceiverOrganizationId,
    DateTimeOffset PlannedRelease,
    DateTimeOffset AcceptedAt,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgementCode,
    string? FirstAppointment,
    DateTimeOffset? FlaggedAt,
    string? SupersededBy,
    DateTimeOffset? WithheldAt)
{
    public bool IsAcknowledged => AcknowledgedAt is not null && AcknowledgementCode == "ok";

    /// <summary>Flagged and still waiting: what the prison and the operators must act on.</summary>
    public bool IsFlaggedUnacknowledged => FlaggedAt is not null && !IsAcknowledged && SupersededBy is null;
}
