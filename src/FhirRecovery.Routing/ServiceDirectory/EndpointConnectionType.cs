namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>How the gateway reaches an endpoint.</summary>
public enum EndpointConnectionType
{
    /// <summary>A FHIR REST server (hl7-fhir-rest): the gateway POSTs to it and relays its answer.</summary>
    FhirRest,

    /// <summary>A FHIR messaging endpoint (hl7-fhir-msg): the gateway POSTs message Bundles to its $process-message.</summary>
    FhirMessaging,

    /// <summary>
    /// A mailbox (local code fhir-mailbox) for a receiver with no FHIR server of its own, e.g. a housing
    /// provider: messages are posted to the mailbox address and collected from there by the receiver.
    /// </summary>
    FhirMailbox,
}
