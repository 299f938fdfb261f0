CodeSystem: RecoveryServiceType
Id: recovery-service-type
Title: "Recovery service types"
Description: "Kinds of service a person in drug treatment is referred to or shares care with. Medications in recovery (2012) 3.2.4-3.2.8 (mental and physical health), 4.3 (prisons), 4.5 (rehabilitation), 5.2-5.5 (mutual aid, employment, family, housing)."
* ^status = #active
* ^caseSensitive = true
* ^content = #complete
* ^experimental = false
* #community-drug-service "Community drug service" "A community drug and alcohol treatment service, prescribing OST and providing keyworking and psychosocial interventions."
* #mental-health "Mental health" "A secondary mental health service or NHS talking therapies (IAPT)."
* #housing "Housing" "A local housing authority or housing support provider."
* #primary-care "Primary care" "A GP practice, including shared-care prescribing."
* #prison-healthcare "Prison healthcare" "Prison healthcare and its substance misuse service."
* #employment-support "Employment support" "Jobcentre Plus or another employment, training or volunteering support service."
* #mutual-aid "Mutual aid" "A mutual aid group such as a 12-step fellowship or SMART Recovery, or a peer recovery community."
* #residential-rehabilitation "Residential rehabilitation" "A residential rehabilitation or inpatient detoxification service."

ValueSet: RecoveryServiceTypes
Id: recovery-service-types
Title: "Recovery service types"
Description: "All recovery service types."
* ^status = #active
* ^experimental = false
* include codes from system $service-type

CodeSystem: ReferralReason
Id: referral-reason
Title: "Referral reasons"
Description: "Why a person is referred to another service. Medications in recovery (2012) 3.2.4-3.2.8, 4.3.3, 4.5, 5.2-5.5, 5.7.4; ACMD (2015) section 9 (pathways spanning prison and community)."
* ^status = #active
* ^caseSensitive = true
* ^content = #complete
* ^experimental = false
* #ost-continuity-release "OST continuity after release" "Continue OST and support in the community after release from custody, without a gap."
* #shared-care-prescribing "Shared-care prescribing" "GP to take part in or take over prescribing for a stable person."
* #mental-health-assessment "Mental health assessment and treatment" "Assessment and treatment of a co-occurring mental health problem."
* #physical-health "Physical health care" "Physical health assessment or treatment, including hepatitis C."
* #housing-need "Housing need" "No fixed abode, acute housing problem or risk of eviction."
* #employment-training "Employment, training or volunteering" "Support into work, training, education or volunteering."
* #mutual-aid "Mutual aid and peer support" "Facilitated access to mutual aid or peer support."
* #residential-rehabilitation "Residential rehabilitation or detoxification" "Intensive-layer care: inpatient detoxification or residential rehabilitation."
* #rapid-re-entry "Rapid re-entry to treatment" "Return to structured treatment after lapse or relapse."

ValueSet: ReferralReasons
Id: referral-reasons
Title: "Referral reasons"
Description: "All referral reasons."
* ^status = #active
* ^experimental = false
* include codes from system $referral-reason

CodeSystem: ReferralRejectionReason
Id: referral-rejection-reason
Title: "Referral rejection reasons"
Description: "Why a receiving service rejected a referral. ACMD (2015) 6.1 and section 10: rejections because a person is on OST are a barrier to report."
* ^status = #active
* ^caseSensitive = true
* ^content = #complete
* ^experimental = false
* #out-of-area "Out of area" "The person does not live in the area the service covers."
* #criteria-not-met "Criteria not met" "The person does not meet the service's criteria."
* #no-capacity "No capacity" "The service cannot take the person now."
* #declined-by-person "Declined by the person" "The person declined the service."
* #on-ost "Because the person is on OST" "Rejected because the person is on opioid substitution treatment. Reportable: a barrier the ACMD asks to remove."

ValueSet: ReferralRejectionReasons
Id: referral-rejection-reasons
Title: "Referral rejection reasons"
Description: "All referral rejection reasons."
* ^status = #active
* ^experimental = false
* include codes from system $rejection

ValueSet: ReferralTaskStatuses
Id: referral-task-statuses
Title: "Referral task statuses"
Description: "The statuses a referral task moves through: requested, received, accepted or rejected, in progress, completed, cancelled (core task-status codes)."
* ^status = #active
* ^experimental = false
* http://hl7.org/fhir/task-status#requested
* http://hl7.org/fhir/task-status#received
* http://hl7.org/fhir/task-status#accepted
* http://hl7.org/fhir/task-status#rejected
* http://hl7.org/fhir/task-status#in-progress
* http://hl7.org/fhir/task-status#completed
* http://hl7.org/fhir/task-status#cancelled

CodeSystem: MessageEvent
Id: message-event
Title: "Recovery message events"
Description: "Events of the FhirRecovery messages. Medications in recovery (2012) 4.3.3 and ACMD (2015) section 9 (release handover), 003 3.2.8 (GP shared care), 003 prompts (referral)."
* ^status = #active
* ^caseSensitive = true
* ^content = #complete
* ^experimental = false
* #release-handover "Prison release handover" "Prison healthcare tells the receiving community service about a person to be released: current OST, last dose, release date and area, naloxone, first appointment."
* #shared-care-update "GP shared-care update" "A drug service and a GP practice update each other on OST, the care plan, the latest TOP and risks."
* #referral-request "Referral request" "A service refers a person to another service."
* #referral-response "Referral response" "The receiving service accepts or rejects a referral, or reports it complete."

ValueSet: MessageEvents
Id: message-events
Title: "Recovery message events"
Description: "All recovery message events."
* ^status = #active
* ^experimental = false
* include codes from system $event

CodeSystem: ConsentPurpose
Id: consent-purpose
Title: "Consent-to-share purposes"
Description: "What a person agrees (or refuses) to share their drug treatment information for. Medications in recovery (2012) table B (multiagency work) and 5.3.6 (information sharing with Jobcentre Plus)."
* ^status = #active
* ^caseSensitive = true
* ^content = #complete
* ^experimental = false
* #direct-care "Direct care in drug treatment" "Sharing among the people treating the person in drug treatment, including across prison and community."
* #shared-care-gp "Shared care with the GP" "Sharing with the GP practice for shared-care prescribing and physical health."
* #mental-health-care "Mental health care" "Sharing with mental health services for joint care."
* #housing-support "Housing support" "Sharing with housing services."
* #employment-support "Employment support" "Sharing with employment and training support, such as Jobcentre Plus."
* #family-involvement "Family involvement" "Sharing with named family members or carers."
* #recovery-check-up "Recovery check-up contact" "Contact after treatment ends for recovery check-ups."

ValueSet: ConsentPurposes
Id: consent-purposes
Title: "Consent-to-share purposes"
Description: "All consent-to-share purposes."
* ^status = #active
* ^experimental = false
* include codes from system $purpose

CodeSystem: EndpointConnectionType
Id: endpoint-connection-type
Title: "Recovery endpoint connection types"
Description: "Connection types the FhirRecovery gateway delivers to, beyond HL7's endpoint-connection-type codes. ACMD (2015) section 5: many small local systems, not all of which run a FHIR server."
* ^status = #active
* ^caseSensitive = true
* ^content = #complete
* ^experimental = false
* #fhir-mailbox "FHIR mailbox (store for collection)" "The gateway stores messages for the receiver, who collects them; for receivers without a FHIR server of their own."
