using Hl7.Fhir.Model;

namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>Maps an Endpoint.connectionType coding to <see cref="EndpointConnectionType"/>.</summary>
internal static class EndpointConnectionTypes
{
    public static EndpointConnectionType? From(Coding? coding) => (coding?.System, coding?.Code) switch
    {
        (DirectorySystems.Hl7EndpointConnectionType, "hl7-fhir-rest") => EndpointConnectionType.FhirRest,
        (DirectorySystems.Hl7EndpointConnectionType, "hl7-fhir-msg") => EndpointConnectionType.FhirMessaging,
        (DirectorySystems.LocalEndpointConnectionType, "fhir-mailbox") => EndpointConnectionType.FhirMailbox,
        _ => null,
    };
}
