Profile: RecoveryPatient
Parent: Patient
Id: recovery-patient
Title: "Recovery Patient"
Description: "A person in drug treatment, in the community or in custody. Identified by NHS number where known and by prison number in custody, because one spell of custody can pass through several prisons (Medications in recovery (2012) 4.3.1)."
* obeys nhs-number-modulus-11 and prison-number-format
* identifier 1..* MS
* identifier ^slicing.discriminator.type = #value
* identifier ^slicing.discriminator.path = "system"
* identifier ^slicing.rules = #open
* identifier ^slicing.description = "NHS number and prison number, by identifier system"
* identifier contains nhsNumber 0..1 MS and prisonNumber 0..1 MS
* identifier[nhsNumber].system 1..1
* identifier[nhsNumber].system = $nhs-number (exactly)
* identifier[nhsNumber].value 1..1
* identifier[nhsNumber] ^short = "NHS number (10 digits, Modulus 11 check digit)"
* identifier[prisonNumber].system 1..1
* identifier[prisonNumber].system = $prison-number (exactly)
* identifier[prisonNumber].value 1..1
* identifier[prisonNumber] ^short = "Prison number (e.g. A1234BC), for people in custody"
* name 1..* MS
* birthDate 1..1 MS
* generalPractitioner MS
* generalPractitioner ^short = "The registered GP practice, needed for shared care"

Profile: RecoveryCarePlan
Parent: CarePlan
Id: recovery-care-plan
Title: "Recovery Care Plan"
Description: "The person's recovery care plan: goals in their own words, activities each placed in a phase and a layer, OST as one activity among others, the care coordinator, the person's agreement and the next review date. Medications in recovery (2012) 3.3 (recovery care planning), 3.4 (review), 4.2.4 (phases and layers), step 11 (plans owned by the person)."
* obeys rcp-person-is-contributor and rcp-person-agreed and rcp-ost-not-alone and rcp-review-within-three-months
* extension contains RecoveryPhaseExtension named phase 1..1 MS and InterventionLayerExtension named layer 1..1 MS and PatientAgreement named patientAgreement 0..1 MS and NextReviewDate named nextReviewDate 1..1 MS
* extension[phase] ^short = "The phase the person is in now"
* extension[layer] ^short = "The intensity layer the person is in now"
* status MS
* intent = #plan
* category 1..* MS
* category from PlanCategories (required)
* subject only Reference(RecoveryPatient)
* subject MS
* period.start 1..1 MS
* author 1..1 MS
* author only Reference(Practitioner or PractitionerRole)
* author ^short = "The care coordinator (keyworker) responsible for the plan"
* contributor 1..* MS
* contributor ^short = "Who made the plan: the person themselves, and their keyworker, family or others"
* goal 1..* MS
* goal only Reference(RecoveryGoal)
* activity 1..* MS
* activity.extension contains RecoveryPhaseExtension named phase 1..1 MS and InterventionLayerExtension named layer 1..1 MS
* activity.detail.code from RecoveryInterventions (required)
* activity.detail.productCodeableConcept from OstMedicines (required)
* activity.detail.dailyAmount ^short = "For OST: the daily dose"

Profile: RecoveryGoal
Parent: Goal
Id: recovery-goal
Title: "Recovery Goal"
Description: "A goal of the recovery care plan in the person's own words, grouped by recovery domain, with a timescale. Medications in recovery (2012) 3.1.2 (first-person statements and the person's own words), executive summary 15 (clear and ambitious goals with timescales)."
* obeys goal-has-timescale
* category 1..1 MS
* category from RecoveryDomains (required)
* category ^short = "The recovery domain the goal belongs to"
* description MS
* description.text 1..1 MS
* description.text ^short = "The goal in the person's own words"
* subject 1..1 MS
* subject only Reference(RecoveryPatient)
* expressedBy MS
* target MS
