Invariant: prison-number-format
Description: "A prison number is one letter, four digits and two letters, for example A1234BC (HMPPS format)."
Severity: #error
Expression: "identifier.where(system = 'https://fhirrecovery.org.uk/fhir/Id/prison-number').all(value.matches('^[A-Z][0-9]{4}[A-Z]{2}$'))"

Invariant: top-days-range
Description: "TOP day counts are between 0 and 28 (days in the past four weeks)."
Severity: #error
Expression: "component.where(code.coding.where(system = 'https://fhirrecovery.org.uk/fhir/CodeSystem/top-item' and code.endsWith('-days')).exists()).all(value.empty() or (value >= 0 and value <= 28))"

Invariant: top-rating-range
Description: "TOP ratings of psychological health, physical health and quality of life are between 0 (poor) and 20 (good)."
Severity: #error
Expression: "component.where(code.coding.where(system = 'https://fhirrecovery.org.uk/fhir/CodeSystem/top-item' and (code = 'top-psychological-health' or code = 'top-physical-health' or code = 'top-quality-of-life')).exists()).all(value.empty() or (value >= 0 and value <= 20))"

Invariant: top-value-or-absent-reason
Description: "Every TOP item has either an answer or a reason why it is missing (dataAbsentReason: asked-declined when not disclosed, not-asked or unknown when not answered, not-applicable for sharing when the person did not inject), never both."
Severity: #error
Expression: "component.all(value.exists() xor dataAbsentReason.exists())"

Invariant: top-sharing-needs-injecting
Description: "Sharing a needle, syringe or paraphernalia cannot be Yes when the person injected on 0 days."
Severity: #error
Expression: "component.where(code.coding.code = 'top-injected-days' and value = 0).exists() implies component.where((code.coding.code = 'top-shared-needle' or code.coding.code = 'top-shared-paraphernalia') and value = true).empty()"

Invariant: top-alcohol-amount
Description: "The amount of alcohol on a drinking day is not negative."
Severity: #error
Expression: "component.where(code.coding.code = 'top-alcohol-amount').all(value.empty() or value.value >= 0)"

Invariant: rc-rating-components
Description: "A recovery capital rating has one component for each of the four kinds (social, physical, human, cultural), each rated 0 to 20, and no overall value."
Severity: #error
Expression: "code.coding.where(code = 'recovery-capital-rating').exists() implies (value.empty() and component.count() = 4 and component.code.coding.code.isDistinct() and component.all(value.empty() or (value >= 0 and value <= 20)))"

Invariant: rc-barc-10-range
Description: "A BARC-10 total is between 10 and 60 and has no components."
Severity: #error
Expression: "code.coding.where(code = 'barc-10-total').exists() implies (component.empty() and (value.empty() or (value >= 10 and value <= 60)))"

Invariant: rcp-person-is-contributor
Description: "An active recovery care plan lists the person among its contributors: it is co-produced with them."
Severity: #error
Expression: "status = 'active' implies contributor.where(reference = %resource.subject.reference).exists()"

Invariant: rcp-person-agreed
Description: "An active recovery care plan records that the person agreed it."
Severity: #error
Expression: "status = 'active' implies extension('https://fhirrecovery.org.uk/fhir/StructureDefinition/patient-agreement').extension('agreed').value = true"

Invariant: rcp-ost-not-alone
Description: "OST is one activity among others: a plan with an OST prescribing activity also has at least one activity that is not OST prescribing (medication must not be detached from the rest of care)."
Severity: #error
Expression: "activity.where(detail.code.coding.code = 'ost-prescribing').exists() implies activity.where(detail.code.coding.code = 'ost-prescribing').count() < activity.count()"

Invariant: rcp-review-within-three-months
Description: "The next review is no more than three months away (reviews at least every three months)."
Severity: #warning
Expression: "extension('https://fhirrecovery.org.uk/fhir/StructureDefinition/next-review-date').all(value <= today() + 3 months)"

Invariant: goal-has-timescale
Description: "A recovery goal should have a timescale (a target due date): clear and ambitious goals with timescales for action."
Severity: #warning
Expression: "target.due.exists()"

Invariant: ost-dose-positive
Description: "The OST dose is a positive amount in milligrams."
Severity: #error
Expression: "dosageInstruction.doseAndRate.dose.all(value > 0)"

Invariant: ost-buprenorphine-max
Description: "A daily buprenorphine dose above 32 mg is outside the usual range (ACMD 3.1.3: 12-16 mg and up to 32 mg); check it."
Severity: #warning
Expression: "medication.coding.where(code = 'buprenorphine' or code = 'buprenorphine-naloxone').exists() implies dosageInstruction.doseAndRate.dose.all(value <= 32)"

Invariant: ost-statement-dose-positive
Description: "The current OST dose is a positive amount in milligrams."
Severity: #error
Expression: "dosage.doseAndRate.dose.all(value > 0)"

Invariant: ost-supervised-days
Description: "Supervised days per week are between 0 and 7."
Severity: #error
Expression: "extension('https://fhirrecovery.org.uk/fhir/StructureDefinition/supervised-consumption').extension('supervisedDaysPerWeek').all(value >= 0 and value <= 7)"

Invariant: last-dose-has-time
Description: "The last dose gives the time of day as well as the date, so the receiver neither leaves a gap nor doubles a dose."
Severity: #error
Expression: "effective.ofType(dateTime).all(toString().length() > 10)"

Invariant: rh-header-first
Description: "A release handover starts with a MessageHeader for the release-handover event."
Severity: #error
Expression: "entry.first().resource.ofType(MessageHeader).event.where(system = 'https://fhirrecovery.org.uk/fhir/CodeSystem/message-event' and code = 'release-handover').exists()"

Invariant: rh-required-content
Description: "A release handover carries the person (Patient), the custody episode with release date and area (EpisodeOfCare), the receiving community service (HealthcareService) and the first community appointment (Appointment)."
Severity: #error
Expression: "entry.resource.ofType(Patient).exists() and entry.resource.ofType(EpisodeOfCare).exists() and entry.resource.ofType(HealthcareService).exists() and entry.resource.ofType(Appointment).exists()"

Invariant: rh-last-dose-when-on-ost
Description: "When the person is on OST (a MedicationStatement is present), the handover carries the last dose given (MedicationAdministration)."
Severity: #error
Expression: "entry.resource.ofType(MedicationStatement).exists() implies entry.resource.ofType(MedicationAdministration).exists()"

Invariant: rh-last-dose-before-release
Description: "The last dose given is not after the planned release (both given to the second with a time zone)."
Severity: #error
Expression: "entry.resource.ofType(MedicationAdministration).all(effective <= %resource.entry.resource.ofType(EpisodeOfCare).extension('https://fhirrecovery.org.uk/fhir/StructureDefinition/planned-release').value)"

Invariant: rh-appointment-after-release
Description: "The first community appointment is not before the planned release."
Severity: #warning
Expression: "entry.resource.ofType(Appointment).all(start >= %resource.entry.resource.ofType(EpisodeOfCare).extension('https://fhirrecovery.org.uk/fhir/StructureDefinition/planned-release').value)"

Invariant: rh-naloxone-offered
Description: "Naloxone should be supplied or at least offered on release (Medications in recovery 4.3.1: high risk of overdose on release)."
Severity: #warning
Expression: "extension('https://fhirrecovery.org.uk/fhir/StructureDefinition/naloxone-on-release').value.coding.where(code = 'not-offered').empty()"

Invariant: sc-header-first
Description: "A shared-care update starts with a MessageHeader for the shared-care-update event."
Severity: #error
Expression: "entry.first().resource.ofType(MessageHeader).event.where(system = 'https://fhirrecovery.org.uk/fhir/CodeSystem/message-event' and code = 'shared-care-update').exists()"

Invariant: sc-required-content
Description: "A shared-care update carries the person (Patient) and their current OST (MedicationStatement)."
Severity: #error
Expression: "entry.resource.ofType(Patient).exists() and entry.resource.ofType(MedicationStatement).exists()"

Invariant: sc-care-plan-summary
Description: "A shared-care update should carry the recovery care plan, so the GP sees more than the prescription."
Severity: #warning
Expression: "entry.resource.ofType(CarePlan).exists()"

Invariant: rt-rejection-reason
Description: "A rejected referral says why (statusReason)."
Severity: #error
Expression: "status = 'rejected' implies statusReason.exists()"

Invariant: rt-owner-when-accepted
Description: "An accepted, in-progress or completed referral names the receiving service that owns it."
Severity: #error
Expression: "(status = 'accepted' or status = 'in-progress' or status = 'completed') implies owner.exists()"

Invariant: ods-code-format
Description: "An ODS code is 3 to 10 upper-case letters and digits."
Severity: #error
Expression: "identifier.where(system = 'https://fhir.nhs.uk/Id/ods-organization-code').all(value.matches('^[A-Z0-9]{3,10}$'))"

Invariant: cts-provision-period
Description: "A consent to share states the period it covers, with a start."
Severity: #error
Expression: "provision.period.start.exists()"

Invariant: ep-secure-address
Description: "An endpoint address should use https (plain http only for loopback test deployments)."
Severity: #warning
Expression: "address.startsWith('https://') or address.startsWith('http://127.0.0.1') or address.startsWith('http://localhost')"

Invariant: custody-release-has-time
Description: "The planned release gives the time of day as well as the date, so the last dose can be compared with it."
Severity: #error
Expression: "extension('https://fhirrecovery.org.uk/fhir/StructureDefinition/planned-release').value.all(toString().length() > 10)"
