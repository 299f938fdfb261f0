using FhirRecovery.Routing.Audit;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Audit;

/// <summary>Turns a stored record into a FHIR AuditEvent: ids, kinds and outcomes; never content.</summary>
internal static class AuditEventMapper
{
    public const string ActionSystem = "https://fhirrecovery.org.uk/fhir/CodeSystem/audit-action";
    public const string MessageIdSystem = "https://fhirrecovery.org.uk/Id/outbox-message";
    public const string AgentIdSystem = "https://fhirrecovery.org.uk/Id/agent";

    public static AuditEvent ToAuditEvent(StoredAuditRecord stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var record = stored.Record;
        var audit = new AuditEvent
        {
            Id = stored.Id,
            Type = new Coding("http://terminology.hl7.org/CodeSystem/audit-event-type", "rest", "RESTful Operation"),
            Subtype = [new Coding(ActionSystem, Code(record.Action))],
            Action = record.Action == AuditAction.ProxiedRead ? AuditEvent.AuditEventAction.R
                : record.Action == AuditAction.Accepted ? AuditEvent.AuditEventAction.C : AuditEvent.AuditEventAction.E,
            Recorded = record.Recorded,
            Outcome = (AuditEvent.AuditEventOutcome)(int)record.Outcome,
            OutcomeDesc = record.Detail,
            Source = new AuditEvent.SourceComponent { Observer = new ResourceReference { Display = "FhirRecovery gateway" } },
            Agent = [new AuditEvent.AgentComponent { Who = new ResourceReference { Identifier = new Identifier(AgentIdSystem, record.Agent) }, Requestor = true }],
        };
        if (record.ReceiverOrganizationId is { } organization)
        {
            audit.Agent.Add(new AuditEvent.AgentComponent { Who = new ResourceReference("Organization/" + organization), Requestor = false });
        }

        if (record.ReceiverEndpointId is { } endpoint)
        {
            audit.Agent.Add(new AuditEvent.AgentComponent { Who = new ResourceReference("Endpoint/" + endpoint), Requestor = false });
        }

        if (record.MessageId is not null || record.PayloadKind is not null)
        {
            var entity = new AuditEvent.EntityComponent { Name = record.PayloadKind };
            if (record.MessageId is { } message)
            {
                entity.What = new ResourceReference { Identifier = new Identifier(MessageIdSystem, message) };
            }

            if (record.CorrelationId is { } correlation)
            {
                entity.Detail = [new AuditEvent.DetailComponent { Type = "X-Correlation-ID", Value = new FhirString(correlation) }];
            }

            audit.Entity = [entity];
        }

        return audit;
    }

    public static string Code(AuditAction action) => action switch
    {
        AuditAction.Accepted => "accepted",
        AuditAction.DeliveryAttempt => "delivery-attempt",
        AuditAction.Delivered => "delivered",
        AuditAction.DeadLettered => "dead-lettered",
        AuditAction.Replayed => "replayed",
        _ => "proxied-read",
    };
}
