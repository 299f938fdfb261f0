Profile: RecoveryReferral
Parent: ServiceRequest
Id: recovery-referral
Title: "Recovery Referral"
Description: "A referral from one service to another: the service type wanted, reasons, urgency, requester, receiving organisation or service, and supporting information such as the care plan and latest TOP. Medications in recovery (2012) table B (supported and facilitated referral) and prompts; ACMD (2015) section 10."
* status MS
* intent = #order
* code 1..1 MS
* code from RecoveryServiceTypes (required)
* code ^short = "The type of service the person is referred to"
* reasonCode 1..* MS
* reasonCode from ReferralReasons (required)
* priority 1..1 MS
* subject only Reference(RecoveryPatient)
* authoredOn 1..1 MS
* requester 1..1 MS
* performer 1..1 MS
* performer only Reference(Organization or HealthcareService)
* performer ^short = "The receiving organisation or service"
* supportingInfo MS

Profile: ReferralTask
Parent: Task
Id: referral-task
Title: "Referral Task"
Description: "The state of a referral: requested, accepted, rejected with a reason, in progress, completed. Medications in recovery (2012) 5.7.4 (referral pathways in place); ACMD (2015) 6.1 and section 10 (barriers to access must be visible)."
* obeys rt-rejection-reason and rt-owner-when-accepted
* status from ReferralTaskStatuses (required)
* statusReason from ReferralRejectionReasons (required)
* intent = #order
* focus 1..1 MS
* focus only Reference(RecoveryReferral)
* for 1..1 MS
* for only Reference(RecoveryPatient)
* authoredOn 1..1 MS
* requester 1..1 MS
* owner MS
* owner only Reference(Organization or HealthcareService or PractitionerRole)

Profile: ShareConsent
Parent: Consent
Id: share-consent
Title: "Consent to Share"
Description: "The person's consent to share (or not share) their drug treatment information, with permit and deny provisions by service type or organisation, for a period and purposes. Medications in recovery (2012) table B (multiagency work) and 5.3.6 (information sharing with Jobcentre Plus)."
* obeys cts-provision-period
* scope = $consentscope#patient-privacy
* category 1..* MS
* category = $loinc#64292-6
* patient 1..1 MS
* patient only Reference(RecoveryPatient)
* dateTime 1..1 MS
* performer MS
* provision 1..1 MS
* provision.type 1..1 MS
* provision.period 1..1 MS
* provision.purpose 1..* MS
* provision.purpose from ConsentPurposes (required)
* provision.provision MS
* provision.provision.type 1..1
* provision.provision.actor 1..* MS
* provision.provision.actor ^short = "A service type (role coded from recovery-service-type) or an organisation (reference)"
