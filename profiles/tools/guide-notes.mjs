// The prose of the generated guide that the package cannot hold: the introduction for readers who know UK drug
// treatment but not FHIR, and the design decisions behind each profile. build-guide.mjs weaves these into the pages.

export const introduction = `This guide says how computer systems in drug treatment exchange information about a person's
recovery: their recovery care plan and goals, Treatment Outcomes Profile (TOP) results, recovery capital, opioid
substitution treatment (OST), the handover when someone leaves prison, updates to their GP, referrals to other services
and their consent to share. Every rule in it is traced to the seed documents: *Medications in recovery:
re-orientating drug dependence treatment* (NTA, 2012; cited as "Medications in recovery") and the ACMD's report on
optimising OST (2015/16; cited as "ACMD").

It uses FHIR R4, the international standard the NHS uses for exchanging health records. You need five words to read it:

| FHIR word | what it means here |
|---|---|
| **resource** | one kind of record: a Patient, a CarePlan, an Observation (a measurement such as a TOP), a MedicationRequest (a prescription), a Consent... |
| **profile** | our rules for one kind of record: which parts must be filled in, which codes are allowed, which checks must pass. A system that "conforms" to the guide sends records that follow these rules. |
| **code system / value set** | a list of codes with agreed meanings (a code system), and the subset of codes allowed in one place (a value set). Where no national code exists we define our own, below. |
| **extension** | an extra item of information FHIR does not have out of the box, such as the phase of treatment of a care plan activity. |
| **invariant** | a check across items that the receiving system runs automatically, for example "the last dose is not after the release date". An *error* rejects the record; a *warning* lets it through with a message. |

How many items a rule asks for is written as *1..1* (exactly one, required), *0..1* (optional, at most one),
*1..\\** (at least one) or *0..0* (not allowed).`;

export const decisions = `## Design decisions

- **TOP as one Observation with a component per item.** A TOP interview is one act with one date, one treatment stage
  and one interviewer. Holding it as one panel Observation keeps every item together for routing and consent, lets every
  range check run on one record, and lets each item carry its own *data absent reason* when it was not answered
  ("not disclosed" or "not asked"), as the TOP form's "use NA only if information is not disclosed or not answered"
  requires. A QuestionnaireResponse would keep the form's weekly grid but would need a second set of Observations for
  anyone wanting the numbers; the weekly grid can be added later as an extension. The treatment stage is an extension
  so it is not mistaken for a measured value.
- **The TOP item list comes from the published NDTMS TOP form**, not from the seeds: the seeds name the TOP as "the
  national clinical instrument for monitoring outcomes in drug treatment" (Medications in recovery 3.4.4) but do not list
  its items. Items: section 1 substance use (alcohol with amount, opiates/opioids (illicit), crack, cocaine,
  amphetamines, cannabis, one other problem substance); section 2 injecting and sharing; section 3 crime (shoplifting and
  drug selling in days; theft from or of a vehicle, other property theft or burglary, fraud, forgery and handling stolen
  goods, assault or violence as yes/no); section 4 health and social functioning (psychological health, physical health
  and quality of life rated 0-20, days of paid work and of education, acute housing problem, risk of eviction). Check the
  list against the current OHID form before national reporting.
- **Recovery capital rating 0-20 per kind.** The seeds name four kinds of recovery capital (social, physical, human,
  cultural; Medications in recovery 2.9) but no scale. They suggest representing hard-to-measure aspects "by observable
  variables, such as the subjective rating of quality of life already used in the TOP" (3.4.5), so each kind is rated on
  the TOP's familiar 0-20 scale. A validated instrument's total (BARC-10, 10-60) has its own code.
- **Local codes, never invented national ones.** The seeds give no SNOMED CT, LOINC or dm+d codes, so every domain
  concept has a local code under https://fhirrecovery.org.uk/fhir/CodeSystem/. The only external codes used are ones
  whose meaning is certain: the NHS number and ODS identifier systems, FHIR's own code lists, and LOINC 64292-6
  "Release of information consent" (listed in FHIR's consent category value set). OST medicines should be mapped to dm+d
  when the mapping is verified.
- **Messages, not queries, across organisations.** The release handover and the GP shared-care update are FHIR
  messages (a Bundle starting with a MessageHeader), because prison and community systems are separate organisations
  that must be told, in one piece, what they need to act on.`;

// Why each profile is built the way it is, by profile id.
export const profileNotes = {
  'recovery-patient': `People in custody may have no verified NHS number, so the NHS number is optional but checked when
present (10 digits, Modulus 11). The prison number (format letter, four digits, two letters, e.g. A1234BC) follows the
person across prisons: "one spell of custody can involve brief residency in four prisons" (Medications in recovery 4.3.1).`,
  'recovery-care-plan': `The plan is the person's: "personally meaningful documents ... owned by the patient" (Medications
in recovery, step 11). So an active plan must list the person among its contributors and record their agreement, with an
optional statement in their own words. Every activity is placed in a phase and a layer (4.2.4), so a plan can be stepped
up, stepped down or adapted item by item. OST is carried as one activity (code ost-prescribing, with the medicine and daily
dose) and a plan with OST must have at least one other activity: prescribing "must not be allowed to become detached ...
from other crucial components of effective treatment". The next review date is required; a date more than three months
away raises a warning (3-monthly review: Medications in recovery 4.3.2 for prison prescribing, common community practice).`,
  'recovery-goal': `Goals are written in the person's own words (3.1.2) and grouped by recovery domain (drug use, housing,
employment, relationships...). A goal without a target date raises a warning: goals need "timescales for action"
(executive summary 15).`,
  'top-outcome': `See the design decisions on the index page. Day counts must be 0-28 and ratings 0-20; an item has either an
answer or a reason it is missing, never both; sharing cannot be "yes" when the person injected on no days. The interview
date and treatment stage (start, review, exit, post-exit) are required.`,
  'recovery-capital': `Either one component per kind of recovery capital, each rated 0-20, or a BARC-10 total of 10-60.`,
  'ost-prescription': `Carries what a pharmacist and a receiving prescriber need: the medicine (from the OST medicines list),
the daily dose in mg, supervised consumption (fully, partly or not supervised, and on how many days a week) and the
instalment interval. A buprenorphine dose above 32 mg a day raises a warning (ACMD 3.1.3: "up to 32mg"); methadone
dose ranges are deliberately not enforced because doses are individually titrated.`,
  'current-ost': `What the person is on now, rather than the prescription history: used in the release handover and the
shared-care update. The start of this OST episode is required so the six-month milestone for stopping use on top can be
seen (ACMD section 9).`,
  'ost-last-dose': `The date **and time** of the last dose and the amount given, so the community prescriber neither leaves a
gap nor gives a second dose on the day of release. A date without a time is rejected.`,
  'custody-episode': `The planned release date and time (a date without a time is rejected, so the last dose can be compared with it), the area the person is released to (which decides the receiving
community service), and whether naloxone was supplied on release; "not offered" raises a warning because of "the high
risk of overdose on release" (Medications in recovery 4.3.1).`,
  'release-handover-bundle': `The message that carries the person from prison to community treatment without a gap. It
must contain the person, the custody episode, the receiving service and the first community appointment; when the person
is on OST it must also contain the last dose, and the last dose may not be after the planned release. A first
appointment before release raises a warning. Give the last dose and the release to the second with a time zone, so
they can be compared.`,
  'release-handover-header': `The event code release-handover tells the receiver what the message is; the sender and at
least one receiver are required.`,
  'shared-care-bundle': `People in shared care "receive very little psychosocial support" (ACMD 3.2.1), so the update should
carry the recovery care plan as well as the current OST; a message without a care plan raises a warning.`,
  'shared-care-header': `The event code shared-care-update; sender and focus required.`,
  'recovery-risk-flag': `Risks are flags rather than free text so that a receiving system can show them first: an
overdose-risk flag on someone leaving prison or finishing detoxification is the most important thing a community
prescriber reads.`,
  'recovery-referral': `The service type wanted, at least one reason, the urgency, who refers and who receives. Supporting
information (care plan, latest TOP) travels as references.`,
  'referral-task': `The referral's state as the receiver sees it. A rejection must give a reason; "because the person is on
OST" is a reason code of its own so that this barrier (ACMD 6.1, section 10) can be counted.`,
  'share-consent': `A permit or deny rule for a period and purposes, with nested rules by service type (coded in
provision.actor.role with the recovery service types) or by organisation. The gateway applies the most specific rule:
a nested deny beats the general permit.`,
  'recovery-organization': `Every organisation in the directory has its ODS code, the key other systems use to name it.`,
  'recovery-healthcare-service': `Each service has one or more service types from the recovery service types, the
organisation that provides it, and at least one endpoint. The area it covers (coverageArea) is how release handovers are
routed by release area.`,
  'recovery-endpoint': `How the gateway reaches the service: FHIR REST, FHIR messaging, or a mailbox the service collects
from. Plain http raises a warning outside loopback test deployments.`,
};
