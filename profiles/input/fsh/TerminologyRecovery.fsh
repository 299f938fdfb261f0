CodeSystem: RecoveryCapitalKind
Id: recovery-capital-kind
Title: "Recovery capital kinds"
Description: "The four kinds of recovery capital, 'the resources necessary to start, and sustain recovery'. Medications in recovery (2012) 2.8-2.9, after Best and Laudet (2010)."
* ^status = #active
* ^caseSensitive = true
* ^content = #complete
* ^experimental = false
* #social "Social recovery capital" "Support from and obligations to family, partners, children, friends and peers."
* #physical "Physical recovery capital" "Finances and safe accommodation."
* #human "Human recovery capital" "Skills, mental and physical health, a job."
* #cultural "Cultural recovery capital" "Values, beliefs and attitudes held by the individual."

ValueSet: RecoveryCapitalKinds
Id: recovery-capital-kinds
Title: "Recovery capital kinds"
Description: "All four kinds of recovery capital."
* ^status = #active
* ^experimental = false
* include codes from system $rc-kind

CodeSystem: RecoveryMeasure
Id: recovery-measure
Title: "Recovery measures"
Description: "What a recovery capital observation measures. Medications in recovery (2012) 3.4.3-3.4.6: recovery capital is assessed at the start and tracked during treatment; subjective 0-20 ratings like the TOP quality-of-life rating represent hard-to-observe aspects (3.4.5)."
* ^status = #active
* ^caseSensitive = true
* ^content = #complete
* ^experimental = false
* #recovery-capital-rating "Recovery capital rating by kind" "A rating of each of the four kinds of recovery capital on the recovery capital rating scale (0 = none, 20 = plenty), agreed between the person and their keyworker. One component per kind."
* #barc-10-total "BARC-10 total score" "Total of the Brief Assessment of Recovery Capital (Vilsaint et al. 2017): ten items each scored 1 (strongly disagree) to 6 (strongly agree), total 10-60."

ValueSet: RecoveryMeasures
Id: recovery-measures
Title: "Recovery measures"
Description: "All recovery capital measures."
* ^status = #active
* ^experimental = false
* include codes from system $rc-measure

CodeSystem: TreatmentPhase
Id: treatment-phase
Title: "Treatment phases"
Description: "The four phases of treatment. Medications in recovery (2012) 4.2.4 and 4.2.6-4.2.12: phases are conceptual, people may move forward, back or skip."
* ^status = #active
* ^caseSensitive = true
* ^content = #complete
* ^experimental = false
* #engagement-stabilisation "Engagement and stabilisation" "Engage the person in their own treatment, bring them back quickly if they drop out, and stabilise them: dose titration and optimisation, drug testing, facilitated referral to mutual aid, low-intensity psychosocial interventions (4.2.6)."
* #preparation-for-change "Preparation for change" "Refine treatment goals and prepare for change; may include a period of OST maintenance with an intention to come off OST in the future (4.2.7)."
* #active-change "Active change" "Initiate and maintain change, especially detoxification and social and rehabilitative options; mutual aid and peer support a priority (4.2.10)."
* #completion "Completion" "Reflect on, prepare for and exit formal treatment: aftercare planning, mutual aid, relapse-prevention medication such as naltrexone, at least 6 months of support after detoxification (4.2.11-4.2.12)."

ValueSet: TreatmentPhases
Id: treatment-phases
Title: "Treatment phases"
Description: "All four treatment phases."
* ^status = #active
* ^experimental = false
* include codes from system $phase

CodeSystem: InterventionLayer
Id: intervention-layer
Title: "Intervention layers"
Description: "The three layers of intensity in which interventions are placed. Medications in recovery (2012) 4.2.4, 4.2.7-4.2.8: people step up, step down, or are adapted within a layer."
* ^status = #active
* ^caseSensitive = true
* ^content = #complete
* ^experimental = false
* #standard "Standard" "For those stable on OST and wanting minimal other interventions, still including regular review and prompts for change."
* #enhanced "Enhanced" "For those with limited initial motivation or particular social needs, or with high motivation or recovery capital who will benefit from more active and structured interventions and peer support: motivational interviewing, contingency management, assertive outreach, formal psychosocial work."
* #intensive "Intensive" "For those who fail to benefit substantially from enhanced care or are not stable enough to engage: inpatient stabilisation, injectable opioid treatment, inpatient or residential detoxification, residential rehabilitation, structured day or community programmes."

ValueSet: InterventionLayers
Id: intervention-layers
Title: "Intervention layers"
Description: "All three intervention layers."
* ^status = #active
* ^experimental = false
* include codes from system $layer

CodeSystem: PlanCategory
Id: plan-category
Title: "Recovery plan categories"
Description: "Kinds of recovery plan. Medications in recovery (2012) 3.3 (recovery care plan), 4.3.3 (prior to release), 4.2.12 and 5.7 (aftercare)."
* ^status = #active
* ^caseSensitive = true
* ^content = #complete
* ^experimental = false
* #recovery-care-plan "Recovery care plan" "The person's recovery care plan during structured treatment."
* #pre-release-plan "Pre-release recovery plan" "A recovery care plan made in custody for the weeks before and after release."
* #aftercare-plan "Aftercare plan" "A plan for support after structured treatment ends: mutual aid, recovery check-ups, rapid re-entry."

ValueSet: PlanCategories
Id: plan-categories
Title: "Recovery plan categories"
Description: "All recovery plan categories."
* ^status = #active
* ^experimental = false
* include codes from system $plan-category

CodeSystem: RecoveryDomain
Id: recovery-domain
Title: "Recovery domains"
Description: "The areas of life a recovery goal belongs to. Medications in recovery (2012) executive summary and 3.3; ACMD (2015) section 4 (what service users want from treatment)."
* ^status = #active
* ^caseSensitive = true
* ^content = #complete
* ^experimental = false
* #drug-use "Drug use and dependence" "Overcoming dependence: stopping use on top, stopping heroin, working towards abstinence."
* #alcohol-use "Alcohol use" "Reducing or stopping harmful drinking."
* #injecting-bbv "Injecting and blood-borne viruses" "Stopping injecting or sharing; testing, vaccination and treatment for blood-borne viruses."
* #offending "Offending" "Stopping drug-driven crime and its consequences."
* #medication "Medication" "Goals about OST itself: an optimal dose, less supervision, reducing or coming off OST in the future."
* #physical-health "Physical health" "Improving physical health and access to healthcare."
* #mental-health "Mental health" "Improving psychological health and access to mental health care."
* #relationships-family "Relationships and family" "Good relationships with family, partner and friends, including with children and as a parent."
* #social-network-recovery "Recovery community" "Engaging with others in recovery: mutual aid, peers, recovery community."
* #housing "Housing" "Safe, settled accommodation and keeping a tenancy."
* #employment "Employment" "Finding or keeping paid work, or coming off benefits."
* #education-training-volunteering "Education, training and volunteering" "Learning, training, work experience and volunteering."
* #finances "Finances" "Benefits, debt and managing money."
* #meaningful-activity "Meaningful activity" "A structured, meaningful daily activity."
* #well-being "Well-being" "Quality of life and personal fulfilment, including the five ways to well-being."

ValueSet: RecoveryDomains
Id: recovery-domains
Title: "Recovery domains"
Description: "All recovery domains."
* ^status = #active
* ^experimental = false
* include codes from system $domain
