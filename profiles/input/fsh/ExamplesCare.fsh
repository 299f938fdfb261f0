Instance: goal-stop-use-on-top
InstanceOf: RecoveryGoal
Usage: #example
Title: "Goal: stop using heroin on top"
Description: "A goal in the person's own words, in the drug-use domain."
* lifecycleStatus = #active
* achievementStatus = http://terminology.hl7.org/CodeSystem/goal-achievement#improving
* category = $domain#drug-use "Drug use and dependence"
* description.text = "I want to stop using on top of my script by the summer."
* subject = Reference(Patient/patient-jordan)
* expressedBy = Reference(Patient/patient-jordan)
* target.dueDate = "2027-06-30"

Instance: goal-back-to-work
InstanceOf: RecoveryGoal
Usage: #example
Title: "Goal: get back into work"
Description: "A goal in the person's own words, in the employment domain."
* lifecycleStatus = #active
* category = $domain#employment "Employment"
* description.text = "I'd like to do some volunteering at the food bank and then get a job."
* subject = Reference(Patient/patient-jordan)
* expressedBy = Reference(Patient/patient-jordan)
* target.dueDate = "2027-12-31"

Instance: care-plan-jordan
InstanceOf: RecoveryCarePlan
Usage: #example
Title: "Jordan's recovery care plan"
Description: "A co-produced recovery care plan in the preparation-for-change phase, standard layer: OST with dose optimisation, keyworking, facilitated mutual aid and employment support."
* extension[phase].valueCodeableConcept = $phase#preparation-for-change
* extension[layer].valueCodeableConcept = $layer#standard
* extension[patientAgreement].extension[agreed].valueBoolean = true
* extension[patientAgreement].extension[date].valueDateTime = "2026-11-02T10:30:00Z"
* extension[patientAgreement].extension[ownWords].valueString = "This is my plan: get my dose right, stop using on top and get back to doing something with my days."
* extension[nextReviewDate].valueDate = "2027-01-25"
* status = #active
* intent = #plan
* category = $plan-category#recovery-care-plan
* title = "Jordan's recovery plan"
* subject = Reference(Patient/patient-jordan)
* period.start = "2026-11-02"
* created = "2026-11-02"
* author = Reference(PractitionerRole/keyworker-sam) "Sam Patel, keyworker and care coordinator"
* contributor[0] = Reference(Patient/patient-jordan)
* contributor[1] = Reference(PractitionerRole/keyworker-sam)
* goal[0] = Reference(Goal/goal-stop-use-on-top)
* goal[1] = Reference(Goal/goal-back-to-work)
* activity[0].extension[phase].valueCodeableConcept = $phase#preparation-for-change
* activity[0].extension[layer].valueCodeableConcept = $layer#standard
* activity[0].outcomeReference = Reference(MedicationRequest/ost-prescription-jordan)
* activity[0].detail.kind = #MedicationRequest
* activity[0].detail.code = $intervention#ost-prescribing "OST prescribing"
* activity[0].detail.status = #in-progress
* activity[0].detail.productCodeableConcept = $ost-medicine#buprenorphine "Buprenorphine sublingual"
* activity[0].detail.dailyAmount = 16 'mg' "mg"
* activity[1].extension[phase].valueCodeableConcept = $phase#preparation-for-change
* activity[1].extension[layer].valueCodeableConcept = $layer#standard
* activity[1].detail.code = $intervention#keyworking "Keyworking"
* activity[1].detail.status = #in-progress
* activity[1].detail.description = "Fortnightly keywork sessions with Sam."
* activity[2].extension[phase].valueCodeableConcept = $phase#preparation-for-change
* activity[2].extension[layer].valueCodeableConcept = $layer#standard
* activity[2].detail.code = $intervention#mutual-aid-facilitation "Facilitated access to mutual aid"
* activity[2].detail.status = #scheduled
* activity[2].detail.description = "Sam to go with Jordan to the Thursday SMART Recovery meeting."
* activity[3].extension[phase].valueCodeableConcept = $phase#preparation-for-change
* activity[3].extension[layer].valueCodeableConcept = $layer#enhanced
* activity[3].detail.code = $intervention#employment-training-support "Employment and training support"
* activity[3].detail.status = #not-started
* activity[3].detail.goal = Reference(Goal/goal-back-to-work)

Instance: ost-prescription-jordan
InstanceOf: OstPrescription
Usage: #example
Title: "Buprenorphine 16 mg daily, partly supervised"
Description: "An OST prescription: buprenorphine 16 mg daily, supervised on 3 days a week, dispensed weekly."
* extension[supervisedConsumption].extension[level].valueCodeableConcept = $supervision#partially-supervised
* extension[supervisedConsumption].extension[supervisedDaysPerWeek].valueInteger = 3
* status = #active
* intent = #order
* medicationCodeableConcept = $ost-medicine#buprenorphine "Buprenorphine sublingual"
* subject = Reference(Patient/patient-jordan)
* authoredOn = "2026-11-02"
* requester = Reference(PractitionerRole/prescriber-dr-okafor) "Dr Ngozi Okafor"
* dosageInstruction.text = "16 mg sublingually once a day"
* dosageInstruction.timing.repeat.frequency = 1
* dosageInstruction.timing.repeat.period = 1
* dosageInstruction.timing.repeat.periodUnit = #d
* dosageInstruction.doseAndRate.doseQuantity = 16 'mg' "mg"
* dispenseRequest.dispenseInterval = 7 'd' "days"
* dispenseRequest.validityPeriod.start = "2026-11-02"
* dispenseRequest.validityPeriod.end = "2026-11-30"
* dispenseRequest.performer = Reference(Organization/northside-pharmacy) "Northside Pharmacy"

Instance: current-ost-alex
InstanceOf: CurrentOst
Usage: #example
Title: "Alex is on methadone 70 mg daily"
Description: "Current OST in custody: methadone 70 mg daily, fully supervised, since reception."
* extension[supervisedConsumption].extension[level].valueCodeableConcept = $supervision#fully-supervised
* extension[supervisedConsumption].extension[supervisedDaysPerWeek].valueInteger = 7
* status = #active
* medicationCodeableConcept = $ost-medicine#methadone-oral "Methadone oral solution"
* subject = Reference(Patient/patient-alex)
* effectivePeriod.start = "2026-05-02"
* informationSource = Reference(Organization/hmp-kirkstall) "HMP Kirkstall Healthcare"
* dosage.text = "70 mg once a day"
* dosage.doseAndRate.doseQuantity = 70 'mg' "mg"

Instance: last-dose-alex
InstanceOf: OstLastDose
Usage: #example
Title: "Alex's last methadone dose before release"
Description: "Methadone 70 mg given at 08:15 on the morning of release."
* status = #completed
* medicationCodeableConcept = $ost-medicine#methadone-oral "Methadone oral solution"
* subject = Reference(Patient/patient-alex)
* effectiveDateTime = "2026-11-27T08:15:00Z"
* performer.actor = Reference(Practitioner/nurse-kim) "Kim Lewis, prison nurse"
* dosage.dose = 70 'mg' "mg"

Instance: custody-alex
InstanceOf: CustodyEpisode
Usage: #example
Title: "Alex's custody at HMP Kirkstall"
Description: "Reception on 2 May 2026, release planned for 27 November 2026 at 10:00 to the North release area, naloxone supplied."
* extension[plannedRelease].valueDateTime = "2026-11-27T10:00:00Z"
* extension[releaseArea].valueReference = Reference(Location/release-area-north) "North release area"
* extension[naloxoneOnRelease].valueCodeableConcept = $naloxone#supplied
* status = #active
* type = $service-type#prison-healthcare
* patient = Reference(Patient/patient-alex)
* managingOrganization = Reference(Organization/hmp-kirkstall)
* period.start = "2026-05-02"

Instance: top-jordan-review
InstanceOf: TopOutcome
Usage: #example
Title: "Jordan's review TOP"
Description: "A review TOP: heroin on 4 days in the past 28, no injecting, cannabis not disclosed."
* extension[treatmentStage].valueCodeableConcept = $top-stage#review
* status = #final
* category = $obs-category#survey
* code = $top-item#top-panel
* subject = Reference(Patient/patient-jordan)
* effectiveDateTime = "2026-11-02"
* performer = Reference(PractitionerRole/keyworker-sam)
* component[alcoholDays].valueInteger = 6
* component[alcoholAmount].valueQuantity = 4 '{UK_unit}' "UK units per day"
* component[opioidsDays].valueInteger = 4
* component[crackDays].valueInteger = 1
* component[cocaineDays].valueInteger = 0
* component[amphetaminesDays].valueInteger = 0
* component[cannabisDays].dataAbsentReason = $data-absent#asked-declined
* component[otherDays].valueInteger = 0
* component[injectedDays].valueInteger = 0
* component[sharedNeedle].dataAbsentReason = $data-absent#not-applicable
* component[sharedParaphernalia].dataAbsentReason = $data-absent#not-applicable
* component[shopliftingDays].valueInteger = 0
* component[drugSellingDays].valueInteger = 0
* component[theftVehicle].valueBoolean = false
* component[propertyTheft].valueBoolean = false
* component[fraud].valueBoolean = false
* component[assault].valueBoolean = false
* component[psychologicalHealth].valueInteger = 11
* component[paidWorkDays].valueInteger = 0
* component[educationDays].valueInteger = 2
* component[physicalHealth].valueInteger = 13
* component[acuteHousingProblem].valueBoolean = false
* component[evictionRisk].valueBoolean = false
* component[qualityOfLife].valueInteger = 12

Instance: recovery-capital-jordan
InstanceOf: RecoveryCapitalObservation
Usage: #example
Title: "Jordan's recovery capital"
Description: "A rating of the four kinds of recovery capital at the start of the plan."
* status = #final
* category = $obs-category#survey
* code = $rc-measure#recovery-capital-rating
* subject = Reference(Patient/patient-jordan)
* effectiveDateTime = "2026-11-02"
* component[0].code = $rc-kind#social
* component[0].valueInteger = 9
* component[1].code = $rc-kind#physical
* component[1].valueInteger = 12
* component[2].code = $rc-kind#human
* component[2].valueInteger = 8
* component[3].code = $rc-kind#cultural
* component[3].valueInteger = 14

Instance: barc-10-jordan
InstanceOf: RecoveryCapitalObservation
Usage: #example
Title: "Jordan's BARC-10 total"
Description: "A BARC-10 total of 38."
* status = #final
* category = $obs-category#survey
* code = $rc-measure#barc-10-total
* subject = Reference(Patient/patient-jordan)
* effectiveDateTime = "2026-11-02"
* valueInteger = 38

Instance: referral-jordan-mh
InstanceOf: RecoveryReferral
Usage: #example
Title: "Referral to Riverside mental health"
Description: "A routine referral for assessment of anxiety and depression, with the care plan and latest TOP as supporting information."
* status = #active
* intent = #order
* code = $service-type#mental-health "Mental health"
* reasonCode = $referral-reason#mental-health-assessment
* priority = #routine
* subject = Reference(Patient/patient-jordan)
* authoredOn = "2026-11-03T09:00:00Z"
* requester = Reference(PractitionerRole/keyworker-sam)
* performer = Reference(Organization/riverside-mh) "Riverside Mental Health NHS Trust"
* supportingInfo[0] = Reference(CarePlan/care-plan-jordan)
* supportingInfo[1] = Reference(Observation/top-jordan-review)

Instance: referral-task-jordan-mh
InstanceOf: ReferralTask
Usage: #example
Title: "Referral accepted by Riverside"
Description: "The mental health trust accepted the referral."
* status = #accepted
* intent = #order
* focus = Reference(ServiceRequest/referral-jordan-mh)
* for = Reference(Patient/patient-jordan)
* authoredOn = "2026-11-03T09:00:00Z"
* lastModified = "2026-11-05T14:20:00Z"
* requester = Reference(PractitionerRole/keyworker-sam)
* owner = Reference(Organization/riverside-mh)

Instance: referral-task-rejected
InstanceOf: ReferralTask
Usage: #example
Title: "Referral rejected: out of area"
Description: "A referral rejected with a reason."
* status = #rejected
* statusReason = $rejection#out-of-area
* intent = #order
* focus = Reference(ServiceRequest/referral-jordan-mh)
* for = Reference(Patient/patient-jordan)
* authoredOn = "2026-11-03T09:00:00Z"
* requester = Reference(PractitionerRole/keyworker-sam)
* owner = Reference(Organization/riverside-mh)

Instance: consent-jordan
InstanceOf: ShareConsent
Usage: #example
Title: "Jordan's consent to share"
Description: "Jordan permits sharing with her GP and mental health services for a year, and denies sharing with employment support."
* status = #active
* scope = $consentscope#patient-privacy
* category = $loinc#64292-6
* patient = Reference(Patient/patient-jordan)
* dateTime = "2026-11-02T10:45:00Z"
* performer = Reference(Patient/patient-jordan)
* organization = Reference(Organization/northside-cds)
* policy.uri = "https://fhirrecovery.org.uk/fhir/policy/consent-to-share"
* provision.type = #permit
* provision.period.start = "2026-11-02"
* provision.period.end = "2027-11-01"
* provision.purpose[0] = $purpose#direct-care
* provision.purpose[1] = $purpose#shared-care-gp
* provision.purpose[2] = $purpose#mental-health-care
* provision.provision[0].type = #permit
* provision.provision[0].actor.role = $service-type#primary-care "Primary care"
* provision.provision[0].actor.reference = Reference(Organization/elm-tree-surgery)
* provision.provision[1].type = #permit
* provision.provision[1].actor.role = $service-type#mental-health "Mental health"
* provision.provision[1].actor.reference = Reference(Organization/riverside-mh)
* provision.provision[2].type = #deny
* provision.provision[2].actor.role = $service-type#employment-support "Employment support"
* provision.provision[2].actor.reference = Reference(Organization/pathways-employment)
