Profile: OstPrescription
Parent: MedicationRequest
Id: ost-prescription
Title: "OST Prescription"
Description: "An opioid substitution treatment prescription: medicine, daily dose in mg, supervised consumption and on how many days, instalment dispensing, prescriber. ACMD (2015) 3.1.3 (dose), 3.1.4 (choice of medicine), 3.1.5 (supervised consumption); Medications in recovery (2012) 6.3."
* obeys ost-dose-positive and ost-buprenorphine-max and ost-supervised-days
* extension contains SupervisedConsumption named supervisedConsumption 1..1 MS
* status MS
* intent = #order
* medication[x] only CodeableConcept
* medicationCodeableConcept from OstMedicines (required)
* medicationCodeableConcept MS
* subject only Reference(RecoveryPatient)
* authoredOn 1..1 MS
* requester 1..1 MS
* requester only Reference(Practitioner or PractitionerRole)
* requester ^short = "The prescriber"
* dosageInstruction 1..1 MS
* dosageInstruction.timing 1..1 MS
* dosageInstruction.doseAndRate 1..1 MS
* dosageInstruction.doseAndRate.dose[x] 1..1
* dosageInstruction.doseAndRate.dose[x] only SimpleQuantity
* dosageInstruction.doseAndRate.doseQuantity.system 1..1
* dosageInstruction.doseAndRate.doseQuantity.system = $ucum (exactly)
* dosageInstruction.doseAndRate.doseQuantity.code 1..1
* dosageInstruction.doseAndRate.doseQuantity.code = #mg (exactly)
* dispenseRequest 1..1 MS
* dispenseRequest.dispenseInterval 1..1 MS
* dispenseRequest.dispenseInterval ^short = "Instalment interval (e.g. daily, every 7 days)"
* dispenseRequest.validityPeriod MS
* dispenseRequest.performer MS
* dispenseRequest.performer ^short = "The dispensing pharmacy"

Profile: CurrentOst
Parent: MedicationStatement
Id: current-ost
Title: "Current OST"
Description: "What OST the person is on now (medicine, daily dose, supervision, prescriber, start of this OST episode), for release handovers and shared care. Medications in recovery (2012) 4.3.3 (continuation of treatment on release); ACMD (2015) section 9 (fast access to OST)."
* obeys ost-statement-dose-positive and ost-supervised-days
* extension contains SupervisedConsumption named supervisedConsumption 1..1 MS
* status MS
* medication[x] only CodeableConcept
* medicationCodeableConcept from OstMedicines (required)
* subject only Reference(RecoveryPatient)
* effective[x] 1..1 MS
* effective[x] only Period
* effectivePeriod.start 1..1
* effective[x] ^short = "Since when the person has been on this OST (for the six-month milestone)"
* informationSource 1..1 MS
* informationSource only Reference(Practitioner or PractitionerRole or Organization)
* informationSource ^short = "The prescriber or prescribing service"
* derivedFrom MS
* dosage 1..1 MS
* dosage.doseAndRate 1..1
* dosage.doseAndRate.dose[x] 1..1
* dosage.doseAndRate.dose[x] only SimpleQuantity
* dosage.doseAndRate.doseQuantity.system 1..1
* dosage.doseAndRate.doseQuantity.system = $ucum (exactly)
* dosage.doseAndRate.doseQuantity.code 1..1
* dosage.doseAndRate.doseQuantity.code = #mg (exactly)

Profile: OstLastDose
Parent: MedicationAdministration
Id: ost-last-dose
Title: "OST Last Dose"
Description: "The last OST dose given before release or transfer: date, time and amount, so the community prescriber neither leaves a gap nor doubles a dose. Medications in recovery (2012) 4.3.1 (high risk of overdose on release), 4.3.3 (continuation of treatment)."
* obeys last-dose-has-time
* status = #completed
* medication[x] only CodeableConcept
* medicationCodeableConcept from OstMedicines (required)
* subject only Reference(RecoveryPatient)
* effective[x] only dateTime
* effective[x] MS
* effective[x] ^short = "Date and time the dose was given"
* performer 1..* MS
* dosage 1..1 MS
* dosage.dose 1..1 MS
* dosage.dose.system 1..1
* dosage.dose.system = $ucum (exactly)
* dosage.dose.code 1..1
* dosage.dose.code = #mg (exactly)
* dosage.dose.value 1..1

Profile: CustodyEpisode
Parent: EpisodeOfCare
Id: custody-episode
Title: "Custody Episode"
Description: "A spell in custody as prison healthcare sees it: reception, planned release date and time, release area, naloxone on release. Medications in recovery (2012) 4.3.1-4.3.3 (prisons)."
* obeys rh-naloxone-offered and custody-release-has-time
* extension contains PlannedRelease named plannedRelease 1..1 MS and ReleaseArea named releaseArea 1..1 MS and NaloxoneOnReleaseExtension named naloxoneOnRelease 1..1 MS
* type 1..1
* type = $service-type#prison-healthcare
* patient only Reference(RecoveryPatient)
* managingOrganization 1..1 MS
* managingOrganization ^short = "The prison healthcare provider"
* period 1..1 MS
* period.start 1..1
* period.start ^short = "Reception into custody"
