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
            Type = EventType(record.Action),
            Subtype = [new Coding(ActionSystem, Code(record.Action))],
            Action = record.Action == AuditAction.ProxiedRead ? AuditEvent.AuditEventAction.R
                : record.Action == AuditAction.Accepted ? AuditEvent.AuditEventAction.C : AuditEvent.AuditEventAction.E,
            Recorded = record.Recorded,
            Outcome = Outcome(record.Outcome),
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
        AuditAction.AccessDenied => "access-denied",
        AuditAction.ConsentOverride => "consent-override",
        AuditAction.DirectoryReloaded => "directory-reloaded",
        _ => "proxied-read",
    };

    // The SDK enum's members are ordinals (N0 = 0, N4 = 1, ...), not the codes, so a cast of 4 or 8 fails to serialise.
    private static AuditEvent.AuditEventOutcome Outcome(AuditOutcome outcome) => outcome switch
    {
        AuditOutcome.Success => AuditEvent.AuditEventOutcome.N0,
        AuditOutcome.MinorFailure => AuditEvent.AuditEventOutcome.N4,
        AuditOutcome.SeriousFailure => AuditEvent.AuditEventOutcome.N8,
        _ => AuditEvent.AuditEventOutcome.N12,
    };

    // Trust decisions are security events (DICOM 110113 Security Alert), not plain REST operations, so a SIEM
    // filtering on type finds refusals and overrides without knowing the gateway's own subtype codes.
    // A routing directory change decides who receives what: a security event too.
    private static Coding EventType(AuditAction action) => action is AuditAction.AccessDenied or AuditAction.ConsentOverride or AuditAction.DirectoryReloaded
        ? new Coding("http://dicom.nema.org/resources/ontology/DCM", "110113", "Security Alert")
        : new Coding("http://terminology.hl7.org/CodeSystem/audit-event-type", "rest", "RESTful Operation");
}
