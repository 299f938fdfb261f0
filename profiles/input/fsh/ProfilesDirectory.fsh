ValueSet: RecoveryEndpointConnectionTypes
Id: recovery-endpoint-connection-types
Title: "Recovery endpoint connection types"
Description: "How the gateway reaches a receiver: FHIR REST, FHIR messaging, or a FHIR mailbox the receiver collects from."
* ^status = #active
* ^experimental = false
* $endpoint-type#hl7-fhir-rest
* $endpoint-type#hl7-fhir-msg
* https://fhirrecovery.org.uk/fhir/CodeSystem/endpoint-connection-type#fhir-mailbox

Profile: RecoveryOrganization
Parent: Organization
Id: recovery-organization
Title: "Recovery Organization"
Description: "An organisation in the routing directory (drug service, prison healthcare, GP practice, mental health trust, housing or employment provider), identified by its ODS code. ACMD (2015) section 5: many local systems and providers that change on re-procurement."
* obeys ods-code-format
* identifier 1..* MS
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier contains odsCode 1..1 MS
* identifier[odsCode].system 1..1
* identifier[odsCode].system = $ods (exactly)
* identifier[odsCode].value 1..1
* identifier[odsCode] ^short = "ODS organisation code"
* active MS
* name 1..1 MS

Profile: RecoveryHealthcareService
Parent: HealthcareService
Id: recovery-healthcare-service
Title: "Recovery Healthcare Service"
Description: "A service in the routing directory, with its service type, provider, area covered and endpoint. Medications in recovery (2012) 3.2.4-3.2.8 and 5.2-5.5 (the services a person is referred to); ACMD (2015) section 5 (152 local systems)."
* active MS
* providedBy 1..1 MS
* type 1..* MS
* type from RecoveryServiceTypes (required)
* name 1..1 MS
* coverageArea MS
* coverageArea ^short = "The release or residence areas the service covers (used to route release handovers)"
* endpoint 1..* MS

Profile: RecoveryEndpoint
Parent: Endpoint
Id: recovery-endpoint
Title: "Recovery Endpoint"
Description: "How the gateway reaches a service: FHIR REST, FHIR messaging or a mailbox. ACMD (2015) section 5: many small local systems, not all of which run a FHIR server."
* obeys ep-secure-address
* connectionType from RecoveryEndpointConnectionTypes (required)
* managingOrganization 1..1 MS
* payloadMimeType 1..* MS
