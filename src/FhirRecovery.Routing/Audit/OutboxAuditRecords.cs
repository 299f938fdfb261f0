using FhirRecovery.Routing.Outbox;

namespace FhirRecovery.Routing.Audit;

/// <summary>
/// The audit records the host writes around the outbox (the worker writes the delivery ones itself), built here so
/// every record of a kind carries the same fields and none carries content.
/// </summary>
public static class OutboxAuditRecords
{
    /// <summary>A sender's message was accepted (or recognised as a repeat: outcome stays success, detail says so).</summary>
    public static AuditRecord Accepted(EnqueueResult result, string? receiverOrganizationId, DateTimeOffset recorded)
    {
        ArgumentNullException.ThrowIfNull(result);
        var message = result.Message;
        return new AuditRecord(
            recorded, AuditAction.Accepted, AuditOutcome.Success, message.SenderId, message.SenderId, message.ReceiverEndpointId,
            receiverOrganizationId, message.Id, message.PayloadKind, message.CorrelationId,
            Detail: result.Created ? null : "Repeat of an accepted request (same sender and X-Request-ID); not stored again.");
    }

    /// <summary>An operator replayed a dead letter; <paramref name="replayed"/> is false when it was not dead-lettered.</summary>
    public static AuditRecord Replayed(OutboxMessageStatus message, string operatorId, bool replayed, DateTimeOffset recorded)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new AuditRecord(
            recorded, AuditAction.Replayed, replayed ? AuditOutcome.Success : AuditOutcome.MinorFailure, operatorId, message.SenderId,
            message.ReceiverEndpointId, null, message.Id, message.PayloadKind, message.CorrelationId,
            Detail: replayed ? null : $"Not replayed: the message is {message.State}, not dead-lettered.");
    }
}
