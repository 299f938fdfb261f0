namespace FhirRecovery.Routing.ServiceDirectory;

/// <summary>The identifier and code systems the routing directory understands.</summary>
public static class DirectorySystems
{
    /// <summary>NHS ODS organisation codes: the key senders use to name a receiving organisation.</summary>
    public const string OdsOrganizationCode = "https://fhir.nhs.uk/Id/ods-organization-code";

    /// <summary>Our own HealthcareService identifiers (the BaRS target identifier equivalent).</summary>
    public const string HealthcareServiceId = "https://fhirrecovery.org.uk/Id/healthcare-service";

    /// <summary>The local CodeSystem of recovery service types, defined in the implementation guide.</summary>
    public const string RecoveryServiceType = "https://fhirrecovery.org.uk/fhir/CodeSystem/recovery-service-type";

    /// <summary>HL7's endpoint connection types (hl7-fhir-rest).</summary>
    public const string Hl7EndpointConnectionType = "http://terminology.hl7.org/CodeSystem/endpoint-connection-type";

    /// <summary>Our local endpoint connection types (fhir-mailbox).</summary>
    public const string LocalEndpointConnectionType = "https://fhirrecovery.org.uk/fhir/CodeSystem/endpoint-connection-type";
}
