CodeSystem: OstMedicine
Id: ost-medicine
Title: "OST and related medicines"
Description: "Medicines named by the seeds for opioid substitution treatment, relapse prevention and overdose reversal. Local codes until mapped to dm+d: ACMD (2015) 3.1.4 (methadone, buprenorphine, buprenorphine with naloxone, injectable OST, slow-release oral morphine); Medications in recovery (2012) 4.6.2 (naltrexone, naloxone)."
* ^status = #active
* ^caseSensitive = true
* ^content = #complete
* ^experimental = false
* #methadone-oral "Methadone oral solution" "Oral methadone, the most common OST medicine; optimal dose usually 60-120 mg a day."
* #buprenorphine "Buprenorphine sublingual" "Sublingual buprenorphine; optimal dose usually 12-16 mg and up to 32 mg a day."
* #buprenorphine-naloxone "Buprenorphine with naloxone" "Sublingual buprenorphine combined with naloxone."
* #slow-release-oral-morphine "Slow-release oral morphine" "Slow-release oral morphine, more effective for some patients (ACMD 3.1.4)."
* #injectable-opioid "Injectable opioid treatment" "Injectable opioid treatment for those who repeatedly failed at oral OST (intensive layer)."
* #naltrexone "Naltrexone" "Opioid antagonist for relapse prevention after detoxification."
* #naloxone "Naloxone" "Opioid antagonist for reversal of overdose, supplied as a take-home kit."

ValueSet: OstMedicines
Id: ost-medicines
Title: "OST medicines"
Description: "Opioid substitution medicines: methadone, buprenorphine, buprenorphine with naloxone, slow-release oral morphine, injectable opioid treatment."
* ^status = #active
* ^experimental = false
* $ost-medicine#methadone-oral
* $ost-medicine#buprenorphine
* $ost-medicine#buprenorphine-naloxone
* $ost-medicine#slow-release-oral-morphine
* $ost-medicine#injectable-opioid

CodeSystem: SupervisionLevel
Id: supervision-level
Title: "Supervision levels"
Description: "How much of an OST regimen is taken under supervision. ACMD (2015) 3.1.5: supervised consumption tailored to the person; take-home doses contingent on stopping use on top."
* ^status = #active
* ^caseSensitive = true
* ^content = #complete
* ^experimental = false
* #fully-supervised "Fully supervised" "Every dose is taken under supervision."
* #partially-supervised "Partially supervised" "Some doses are supervised and some are take-home."
* #unsupervised "Unsupervised" "All doses are take-home."

ValueSet: SupervisionLevels
Id: supervision-levels
Title: "Supervision levels"
Description: "All supervision levels."
* ^status = #active
* ^experimental = false
* include codes from system $supervision

CodeSystem: NaloxoneOnRelease
Id: naloxone-on-release
Title: "Naloxone on release"
Description: "Whether take-home naloxone was supplied when a person left custody. Medications in recovery (2012) 4.3.1 (high risk of overdose on release) and 4.6.2 (naloxone)."
* ^status = #active
* ^caseSensitive = true
* ^content = #complete
* ^experimental = false
* #supplied "Supplied" "A naloxone kit was supplied, with training."
* #offered-declined "Offered and declined" "Naloxone was offered and the person declined."
* #already-has-kit "Already has a kit" "The person already holds an in-date naloxone kit."
* #not-offered "Not offered" "Naloxone was not offered. A safety concern the receiving service must act on."

ValueSet: NaloxoneOnReleaseStatuses
Id: naloxone-on-release-statuses
Title: "Naloxone on release"
Description: "All naloxone-on-release statuses."
* ^status = #active
* ^experimental = false
* include codes from system $naloxone

CodeSystem: RiskType
Id: risk-type
Title: "Recovery risks"
Description: "Risks that must travel with a person between services. Medications in recovery (2012) 4.3.1 (overdose on release, suicide in the first week of custody), 6.2.3 (induction); ACMD (2015) 3.1.5 (diversion, children)."
* ^status = #active
* ^caseSensitive = true
* ^content = #complete
* ^experimental = false
* #overdose-risk "Overdose risk" "Raised overdose risk, for example reduced tolerance after custody or detoxification, induction, polydrug use."
* #suicide-self-harm "Suicide or self-harm" "Risk of suicide or self-harm."
* #safeguarding-children "Safeguarding children" "Children at risk; affects take-home doses."
* #diversion-concern "Diversion concern" "Suspected diversion of prescribed medicines."

ValueSet: RiskTypes
Id: risk-types
Title: "Recovery risks"
Description: "All recovery risks."
* ^status = #active
* ^experimental = false
* include codes from system $risk
