CodeSystem: RecoveryIntervention
Id: recovery-intervention
Title: "Recovery interventions"
Description: "Interventions a recovery care plan can hold, each placed in a phase and a layer. Medications in recovery (2012) table A (phases and layers), table B (core keyworking), 4.4-4.6, 5.2-5.7; ACMD (2015) 3.1-3.2 and section 9 (optimisation strategies)."
* ^status = #active
* ^caseSensitive = true
* ^content = #complete
* ^experimental = false
* #ost-prescribing "OST prescribing" "Prescribing of opioid substitution treatment (methadone, buprenorphine, buprenorphine with naloxone, slow-release oral morphine or injectable opioid treatment) at a dose tailored to the person."
* #dose-optimisation "Dose titration and optimisation" "Titrating the OST dose to an optimal level: enough to prevent withdrawal and, if needed, to attenuate the effect of heroin (003 4.2.6; 004 3.1.3)."
* #supervised-consumption "Supervised consumption" "Doses taken under the supervision of a pharmacist or clinician, reintroduced, reduced or dropped as appropriate (003 step 7; 004 3.1.5)."
* #drug-testing "Drug testing" "Biological drug testing to confirm compliance, monitor continued use or confirm abstinence, including random testing with contingencies (003 3.4.8; 004 section 9)."
* #keyworking "Keyworking" "Core keyworking through every phase: assessment, care planning, care coordination, risk management, advocacy and facilitated referral (003 table B)."
* #harm-reduction "Harm reduction" "Harm reduction advice and services, including needle and syringe provision and blood-borne virus testing (003 4.4.2)."
* #low-intensity-psi "Low-intensity psychosocial intervention" "Brief structured psychosocial work by the keyworker on the topics of table C, such as mapping and relapse prevention."
* #motivational-interviewing "Motivational interviewing" "Formal motivational interviewing (enhanced layer)."
* #contingency-management "Contingency management" "Incentives contingent on attendance, abstinence or other agreed behaviour (enhanced layer; 004 3.2.2)."
* #behavioural-couples-therapy "Behavioural couples therapy" "Therapy with a non-drug-using partner (NICE; 003 5.4.2)."
* #family-therapy "Family therapy" "Behavioural family intervention or family therapy involving family members or carers (003 5.4.2)."
* #social-network-therapy "Social behaviour and network therapy" "Building a social network supportive of recovery (003 table A, 5.4.3)."
* #mutual-aid-facilitation "Facilitated access to mutual aid" "Making initial contact with a 12-step or SMART Recovery group, arranging travel and accompanying the person to the first meeting (003 5.2.2)."
* #peer-support "Peer support and recovery coaching" "Access to a recovery coach, peer mentor or recovery community (003 5.2.4)."
* #community-detoxification "Community detoxification" "Planned withdrawal from opioids in the community with psychosocial support (003 4.2.10)."
* #inpatient-detoxification "Inpatient or residential detoxification" "Medically monitored detoxification in an inpatient unit or residential setting (intensive layer)."
* #residential-rehabilitation "Residential rehabilitation" "A residential programme with daily structure, psychosocial interventions and peer support (003 4.5)."
* #structured-day-programme "Structured day or community rehabilitation programme" "A structured non-residential programme (intensive layer)."
* #relapse-prevention-medication "Relapse-prevention medication" "Naltrexone after detoxification, with supervision and a programme of care (003 4.2.12, 4.6.5)."
* #naloxone-supply "Take-home naloxone supply" "Supplying naloxone, with training, to reverse opioid overdose (003 4.6.2)."
* #housing-support "Housing support" "Housing advice, advocacy, tenancy skills and supported accommodation (003 5.5)."
* #employment-training-support "Employment and training support" "Support into work, training, volunteering and education, with Jobcentre Plus and other providers (003 5.3; 004 section 9)."
* #mental-health-care "Mental health care" "Screening, assessment and treatment of co-occurring mental health problems, jointly with mental health services or IAPT (003 3.2.4-3.2.6)."
* #physical-health-care "Physical health care" "Physical health monitoring and treatment with primary care, including smoking cessation and vaccination (003 3.2.7-3.2.8)."
* #hepatitis-c-treatment "Hepatitis C testing and treatment" "Testing for and treatment of hepatitis C (003 4.6.2; 004 6.2)."
* #recovery-check-up "Recovery check-up" "Regular contact after structured treatment, at least quarterly at first, with rapid access back into treatment if needed (003 5.7.3)."

ValueSet: RecoveryInterventions
Id: recovery-interventions
Title: "Recovery interventions"
Description: "All recovery interventions."
* ^status = #active
* ^experimental = false
* include codes from system $intervention

CodeSystem: ReviewReason
Id: review-reason
Title: "Review reasons"
Description: "Why a recovery care plan review takes place. Medications in recovery (2012) 3.4 (regular review), 4.3.2 (prison prescribing reviewed at least every three months), 4.3.3 (prior to release), 4.2.12 (before exit); ACMD (2015) section 9 ('use on top' means OST is 'not working' and must trigger review and optimisation)."
* ^status = #active
* ^caseSensitive = true
* ^content = #complete
* ^experimental = false
* #scheduled "Scheduled review" "A regular review at the interval set in the plan."
* #use-on-top "Use on top: OST not working" "Continued illicit opioid use on top of OST, from self-report or drug tests: OST is not working or gives partial benefit and must be reviewed and optimised."
* #person-request "Person's request" "The person asked for a review, for example to reduce or stop OST."
* #change-of-circumstances "Change of circumstances" "A change such as loss of housing, a new job, pregnancy or new medicines affecting the OST dose."
* #before-release "Before release from custody" "A review in the weeks before release: enhanced support, naltrexone, consideration of re-induction onto OST, continuation of treatment."
* #before-exit "Before exit from treatment" "A review when exit is planned, so that aftercare and post-treatment support are in place."

ValueSet: ReviewReasons
Id: review-reasons
Title: "Review reasons"
Description: "All review reasons."
* ^status = #active
* ^experimental = false
* include codes from system $review-reason
