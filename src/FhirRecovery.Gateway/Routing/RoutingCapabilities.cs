using Hl7.Fhir.Model;
using static Hl7.Fhir.Model.CapabilityStatement;
using SearchParamComponent = Hl7.Fhir.Model.CapabilityStatement.SearchParamComponent;

namespace FhirRecovery.Gateway.Routing;

/// <summary>What the routing adds to /metadata, and only what works: $process-message; create of ServiceRequest and
/// Task (routed); read of any type passed through to the owner named by the target header; AuditEvent search for
/// operators.</summary>
internal static class RoutingCapabilities
{
    public const string Documentation =
        " POST a message Bundle to $process-message, or a ServiceRequest or Task (receiver from the NHSD-Target-Identifier header"
        + " or ServiceRequest.performer): delivered synchronously, or with 'Prefer: respond-async' (and for release-handover always)"
        + " accepted with 202 and a Content-Location status resource (/_status/{id}). GET /{type}/{id} with NHSD-Target-Identifier"
        + " (or ?_target=) reads from the owning organisation's endpoint. GET /AuditEvent (date, entity, outcome) is for operators.";

    public static OperationComponent ProcessMessage { get; } =
        new() { Name = "process-message", Definition = "http://hl7.org/fhir/OperationDefinition/MessageHeader-process-message" };

    // The pass-through reads any type, but these are the ones partners' endpoints serve and the sample permissions
    // let anyone read (conformance/permissions.json); claiming read on every type would promise what no partner offers.
    private static readonly HashSet<string> _readFromPartners = ["CarePlan", "MedicationStatement", "ServiceRequest", "Task"];

    public static List<ResourceInteractionComponent> InteractionsFor(string type)
    {
        List<ResourceInteractionComponent> interactions = _readFromPartners.Contains(type) ? [new() { Code = TypeRestfulInteraction.Read }] : [];
        if (type is "ServiceRequest" or "Task")
        {
            interactions.Add(new() { Code = TypeRestfulInteraction.Create });
        }

        // The referral pathway (Referrals/): the state of a referral the gateway routed, GET /Task?focus=ServiceRequest/{id}.
        if (type is "AuditEvent" or "Task")
        {
            interactions.Add(new() { Code = TypeRestfulInteraction.SearchType });
        }

        return interactions;
    }

    public static List<SearchParamComponent> SearchParamsFor(string type) => type switch
    {
        "AuditEvent" =>
        [
            new() { Name = "date", Type = SearchParamType.Date, Documentation = "ge/le/gt/lt, repeatable" },
            new() { Name = "entity", Type = SearchParamType.Reference, Documentation = "a message, endpoint, organisation or sender id" },
            new() { Name = "outcome", Type = SearchParamType.Token, Documentation = "0, 4, 8 or 12" },
        ],
        "Task" =>
        [
            new() { Name = "focus", Type = SearchParamType.Reference, Documentation = "ServiceRequest/{id} of a referral the gateway routed (required): its latest Task, for the referrer and the receiver" },
        ],
        _ => [],
    };
}
