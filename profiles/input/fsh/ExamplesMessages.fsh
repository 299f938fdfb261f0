Instance: first-appointment-alex
InstanceOf: Appointment
Usage: #example
Title: "Alex's first community appointment"
Description: "Booked at Northside for 11:30 on the day of release, so there is no gap in OST."
* status = #booked
* serviceType = $service-type#community-drug-service
* start = "2026-11-27T11:30:00Z"
* end = "2026-11-27T12:30:00Z"
* participant[0].actor = Reference(Patient/patient-alex)
* participant[0].status = #accepted
* participant[1].actor = Reference(HealthcareService/cds-northside)
* participant[1].status = #accepted

Instance: release-handover-header-alex
InstanceOf: ReleaseHandoverHeader
Usage: #example
Title: "Release handover header for Alex"
Description: "From HMP Kirkstall Healthcare to Northside Community Drug Service."
* eventCoding = $event#release-handover "Prison release handover"
* destination.name = "Northside Community Drug Service"
* destination.endpoint = "https://fhir.northside-cds.example.org/fhir"
* destination.receiver = Reference(Organization/northside-cds)
* sender = Reference(Organization/hmp-kirkstall)
* source.name = "HMP Kirkstall Healthcare"
* source.endpoint = "https://fhir.hmp-kirkstall.example.org/fhir"
* focus[0] = Reference(EpisodeOfCare/custody-alex)
* focus[1] = Reference(MedicationStatement/current-ost-alex)

Instance: release-handover-alex
InstanceOf: ReleaseHandoverBundle
Usage: #example
Title: "Prison release handover for Alex"
Description: "Alex leaves HMP Kirkstall at 10:00 on 27 November 2026 on methadone 70 mg, last dose 08:15 that morning, naloxone supplied, first appointment at Northside at 11:30."
* identifier.system = "https://fhirrecovery.org.uk/fhir/Id/message"
* identifier.value = "6c1f7f0e-3b5a-4a53-9d2e-2f4a1b0c9e11"
* type = #message
* timestamp = "2026-11-24T16:00:00Z"
* entry[0].fullUrl = "https://fhir.hmp-kirkstall.example.org/fhir/MessageHeader/release-handover-header-alex"
* entry[0].resource = release-handover-header-alex
* entry[1].fullUrl = "https://fhir.hmp-kirkstall.example.org/fhir/Patient/patient-alex"
* entry[1].resource = patient-alex
* entry[2].fullUrl = "https://fhir.hmp-kirkstall.example.org/fhir/EpisodeOfCare/custody-alex"
* entry[2].resource = custody-alex
* entry[3].fullUrl = "https://fhir.hmp-kirkstall.example.org/fhir/MedicationStatement/current-ost-alex"
* entry[3].resource = current-ost-alex
* entry[4].fullUrl = "https://fhir.hmp-kirkstall.example.org/fhir/MedicationAdministration/last-dose-alex"
* entry[4].resource = last-dose-alex
* entry[5].fullUrl = "https://fhir.hmp-kirkstall.example.org/fhir/HealthcareService/cds-northside"
* entry[5].resource = cds-northside
* entry[6].fullUrl = "https://fhir.hmp-kirkstall.example.org/fhir/Appointment/first-appointment-alex"
* entry[6].resource = first-appointment-alex
* entry[7].fullUrl = "https://fhir.hmp-kirkstall.example.org/fhir/Organization/hmp-kirkstall"
* entry[7].resource = hmp-kirkstall
* entry[8].fullUrl = "https://fhir.hmp-kirkstall.example.org/fhir/Organization/northside-cds"
* entry[8].resource = northside-cds

Instance: risk-overdose-jordan
InstanceOf: RecoveryRiskFlag
Usage: #example
Title: "Overdose risk flag for Jordan"
Description: "Raised overdose risk while using heroin on top of buprenorphine."
* status = #active
* code = $risk#overdose-risk "Overdose risk"
* subject = Reference(Patient/patient-jordan)
* period.start = "2026-11-02"

Instance: shared-care-header-jordan
InstanceOf: SharedCareHeader
Usage: #example
Title: "Shared-care update header for Jordan"
Description: "From Northside Community Drug Service to Elm Tree Surgery."
* eventCoding = $event#shared-care-update "GP shared-care update"
* destination.name = "Elm Tree Surgery"
* destination.endpoint = "https://fhir.elm-tree-surgery.example.org/fhir"
* destination.receiver = Reference(Organization/elm-tree-surgery)
* sender = Reference(Organization/northside-cds)
* source.name = "Northside Community Drug Service"
* source.endpoint = "https://fhir.northside-cds.example.org/fhir"
* focus[0] = Reference(MedicationStatement/current-ost-jordan)
* focus[1] = Reference(CarePlan/care-plan-jordan)

Instance: current-ost-jordan
InstanceOf: CurrentOst
Usage: #example
Title: "Jordan is on buprenorphine 16 mg daily"
Description: "Current OST in the community, partly supervised, prescribed by Northside."
* extension[supervisedConsumption].extension[level].valueCodeableConcept = $supervision#partially-supervised
* extension[supervisedConsumption].extension[supervisedDaysPerWeek].valueInteger = 3
* status = #active
* medicationCodeableConcept = $ost-medicine#buprenorphine "Buprenorphine sublingual"
* subject = Reference(Patient/patient-jordan)
* effectivePeriod.start = "2026-06-15"
* informationSource = Reference(Organization/northside-cds) "Northside Community Drug Service"
* derivedFrom = Reference(MedicationRequest/ost-prescription-jordan)
* dosage.text = "16 mg sublingually once a day"
* dosage.doseAndRate.doseQuantity = 16 'mg' "mg"

Instance: shared-care-jordan
InstanceOf: SharedCareBundle
Usage: #example
Title: "GP shared-care update for Jordan"
Description: "Northside tells Elm Tree Surgery about Jordan's buprenorphine, her recovery care plan, her latest TOP and an overdose risk."
* identifier.system = "https://fhirrecovery.org.uk/fhir/Id/message"
* identifier.value = "0b8e2d4a-7f61-4c1e-8a3b-5d9c6e2f1a70"
* type = #message
* timestamp = "2026-11-04T12:00:00Z"
* entry[0].fullUrl = "https://fhir.northside-cds.example.org/fhir/MessageHeader/shared-care-header-jordan"
* entry[0].resource = shared-care-header-jordan
* entry[1].fullUrl = "https://fhir.northside-cds.example.org/fhir/Patient/patient-jordan"
* entry[1].resource = patient-jordan
* entry[2].fullUrl = "https://fhir.northside-cds.example.org/fhir/MedicationStatement/current-ost-jordan"
* entry[2].resource = current-ost-jordan
* entry[3].fullUrl = "https://fhir.northside-cds.example.org/fhir/CarePlan/care-plan-jordan"
* entry[3].resource = care-plan-jordan
* entry[4].fullUrl = "https://fhir.northside-cds.example.org/fhir/Observation/top-jordan-review"
* entry[4].resource = top-jordan-review
* entry[5].fullUrl = "https://fhir.northside-cds.example.org/fhir/Flag/risk-overdose-jordan"
* entry[5].resource = risk-overdose-jordan
* entry[6].fullUrl = "https://fhir.northside-cds.example.org/fhir/Organization/northside-cds"
* entry[6].resource = northside-cds
