RuleSet: TopDays(slice, code)
* component[{slice}].code = $top-item#{code}
* component[{slice}].value[x] only integer
* component[{slice}].valueInteger ^minValueInteger = 0
* component[{slice}].valueInteger ^maxValueInteger = 28

RuleSet: TopRating(slice, code)
* component[{slice}].code = $top-item#{code}
* component[{slice}].value[x] only integer
* component[{slice}].valueInteger ^minValueInteger = 0
* component[{slice}].valueInteger ^maxValueInteger = 20

RuleSet: TopYesNo(slice, code)
* component[{slice}].code = $top-item#{code}
* component[{slice}].value[x] only boolean

Profile: TopOutcome
Parent: Observation
Id: top-outcome
Title: "TOP Outcome"
Description: "One Treatment Outcomes Profile interview as one panel Observation with a component per TOP item. Medications in recovery (2012) 3.4.4: the TOP is the national clinical instrument for monitoring outcomes in drug treatment. Items follow the published NDTMS TOP form; unanswered items carry a dataAbsentReason; the treatment stage and interview date are required."
* obeys top-days-range and top-rating-range and top-value-or-absent-reason and top-sharing-needs-injecting and top-alcohol-amount
* extension contains TopTreatmentStageExtension named treatmentStage 1..1 MS
* status MS
* category 1..* MS
* category = $obs-category#survey
* code = $top-item#top-panel
* subject 1..1 MS
* subject only Reference(RecoveryPatient)
* effective[x] 1..1 MS
* effective[x] only dateTime
* effective[x] ^short = "The TOP interview date"
* performer MS
* value[x] 0..0
* dataAbsentReason 0..0
* component 22..* MS
* component ^slicing.discriminator.type = #pattern
* component ^slicing.discriminator.path = "code"
* component ^slicing.rules = #closed
* component ^slicing.description = "One component per TOP item, by item code"
* component.code from TopItems (required)
* component contains
    alcoholDays 1..1 and alcoholAmount 0..1 and opioidsDays 1..1 and crackDays 1..1 and cocaineDays 1..1 and
    amphetaminesDays 1..1 and cannabisDays 1..1 and otherDays 1..1 and otherName 0..1 and
    injectedDays 1..1 and sharedNeedle 1..1 and sharedParaphernalia 1..1 and
    shopliftingDays 1..1 and drugSellingDays 1..1 and theftVehicle 1..1 and propertyTheft 1..1 and fraud 1..1 and assault 1..1 and
    psychologicalHealth 1..1 and paidWorkDays 1..1 and educationDays 1..1 and physicalHealth 1..1 and acuteHousingProblem 1..1 and evictionRisk 1..1 and qualityOfLife 1..1
* insert TopDays(alcoholDays, top-alcohol-days)
* component[alcoholAmount].code = $top-item#top-alcohol-amount
* component[alcoholAmount].value[x] only Quantity
* component[alcoholAmount].valueQuantity.system = $ucum (exactly)
* component[alcoholAmount].valueQuantity.code = #{UK_unit} (exactly)
* component[alcoholAmount].valueQuantity.unit = "UK units per day"
* insert TopDays(opioidsDays, top-opioids-days)
* insert TopDays(crackDays, top-crack-days)
* insert TopDays(cocaineDays, top-cocaine-days)
* insert TopDays(amphetaminesDays, top-amphetamines-days)
* insert TopDays(cannabisDays, top-cannabis-days)
* insert TopDays(otherDays, top-other-days)
* component[otherName].code = $top-item#top-other-name
* component[otherName].value[x] only string
* insert TopDays(injectedDays, top-injected-days)
* insert TopYesNo(sharedNeedle, top-shared-needle)
* insert TopYesNo(sharedParaphernalia, top-shared-paraphernalia)
* insert TopDays(shopliftingDays, top-shoplifting-days)
* insert TopDays(drugSellingDays, top-drug-selling-days)
* insert TopYesNo(theftVehicle, top-theft-vehicle)
* insert TopYesNo(propertyTheft, top-property-theft)
* insert TopYesNo(fraud, top-fraud)
* insert TopYesNo(assault, top-assault)
* insert TopRating(psychologicalHealth, top-psychological-health)
* insert TopDays(paidWorkDays, top-paid-work-days)
* insert TopDays(educationDays, top-education-days)
* insert TopRating(physicalHealth, top-physical-health)
* insert TopYesNo(acuteHousingProblem, top-acute-housing-problem)
* insert TopYesNo(evictionRisk, top-eviction-risk)
* insert TopRating(qualityOfLife, top-quality-of-life)

Profile: RecoveryCapitalObservation
Parent: Observation
Id: recovery-capital
Title: "Recovery Capital"
Description: "An assessment of the person's recovery capital: either a 0-20 rating of each of the four kinds (social, physical, human, cultural) or a BARC-10 total. Medications in recovery (2012) 2.8-2.10 (the four kinds), 3.2.2 (assessed at the start), 3.4.3-3.4.6 (tracked during treatment)."
* obeys rc-rating-components and rc-barc-10-range
* status MS
* category 1..* MS
* category = $obs-category#survey
* code MS
* code from RecoveryMeasures (required)
* subject 1..1 MS
* subject only Reference(RecoveryPatient)
* effective[x] 1..1 MS
* effective[x] only dateTime
* value[x] only integer
* component MS
* component.code from RecoveryCapitalKinds (required)
* component.value[x] only integer
