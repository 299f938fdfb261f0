Extension: RecoveryPhaseExtension
Id: recovery-phase
Title: "Recovery phase"
Description: "The phase of treatment a care plan, or one of its activities, belongs to. Medications in recovery (2012) 4.2.4: phases and layers."
* ^context[0].type = #element
* ^context[0].expression = "CarePlan"
* ^context[1].type = #element
* ^context[1].expression = "CarePlan.activity"
* value[x] only CodeableConcept
* valueCodeableConcept from TreatmentPhases (required)

Extension: InterventionLayerExtension
Id: intervention-layer
Title: "Intervention layer"
Description: "The layer of intensity a care plan, or one of its activities, belongs to. Medications in recovery (2012) 4.2.4: phases and layers."
* ^context[0].type = #element
* ^context[0].expression = "CarePlan"
* ^context[1].type = #element
* ^context[1].expression = "CarePlan.activity"
* value[x] only CodeableConcept
* valueCodeableConcept from InterventionLayers (required)

Extension: PatientAgreement
Id: patient-agreement
Title: "Person's agreement to the plan"
Description: "Whether and when the person agreed their recovery care plan, with an optional statement in their own words. Medications in recovery (2012) step 11 and 3.1.2: plans owned by the person, in their own words."
* ^context[0].type = #element
* ^context[0].expression = "CarePlan"
* extension contains agreed 1..1 and date 1..1 and ownWords 0..1
* extension[agreed].value[x] only boolean
* extension[agreed] ^short = "The person agrees the plan"
* extension[date].value[x] only dateTime
* extension[date] ^short = "When the person agreed"
* extension[ownWords].value[x] only string
* extension[ownWords] ^short = "What the plan means to the person, in their own words"

Extension: NextReviewDate
Id: next-review-date
Title: "Next review date"
Description: "When the recovery care plan is next reviewed. Medications in recovery (2012) 3.4.1 (regular review) and 4.3.2 (prison prescribing reviewed at least every three months)."
* ^context[0].type = #element
* ^context[0].expression = "CarePlan"
* value[x] only date

Extension: TopTreatmentStageExtension
Id: top-treatment-stage
Title: "TOP treatment stage"
Description: "The treatment stage at which a TOP interview took place: start, review, exit or post-exit. Medications in recovery (2012) 3.4.4."
* ^context[0].type = #element
* ^context[0].expression = "Observation"
* value[x] only CodeableConcept
* valueCodeableConcept from TopTreatmentStages (required)

Extension: SupervisedConsumption
Id: supervised-consumption
Title: "Supervised consumption"
Description: "How much of an OST regimen is taken under supervision, and on how many days a week. ACMD (2015) 3.1.5: supervised consumption tailored to the person."
* ^context[0].type = #element
* ^context[0].expression = "MedicationRequest"
* ^context[1].type = #element
* ^context[1].expression = "MedicationStatement"
* extension contains level 1..1 and supervisedDaysPerWeek 0..1
* extension[level].value[x] only CodeableConcept
* extension[level].valueCodeableConcept from SupervisionLevels (required)
* extension[level] ^short = "Fully, partially or not supervised"
* extension[supervisedDaysPerWeek].value[x] only integer
* extension[supervisedDaysPerWeek] ^short = "Days a week on which the dose is supervised (0-7)"

Extension: PlannedRelease
Id: planned-release
Title: "Planned release"
Description: "The date and time a person is due to be released from custody. Medications in recovery (2012) 4.3.1: high risk of overdose on release."
* ^context[0].type = #element
* ^context[0].expression = "EpisodeOfCare"
* value[x] only dateTime

Extension: ReleaseArea
Id: release-area
Title: "Release area"
Description: "The area a person is released to, which decides the receiving community service. ACMD (2015) section 9: pathways spanning prison and community."
* ^context[0].type = #element
* ^context[0].expression = "EpisodeOfCare"
* value[x] only Reference(Location)

Extension: NaloxoneOnReleaseExtension
Id: naloxone-on-release
Title: "Naloxone on release"
Description: "Whether take-home naloxone was supplied or offered on release. Medications in recovery (2012) 4.3.1 and 4.6.2."
* ^context[0].type = #element
* ^context[0].expression = "EpisodeOfCare"
* value[x] only CodeableConcept
* valueCodeableConcept from NaloxoneOnReleaseStatuses (required)
