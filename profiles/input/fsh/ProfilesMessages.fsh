Profile: ReleaseHandoverHeader
Parent: MessageHeader
Id: release-handover-header
Title: "Release Handover Header"
Description: "The header of a prison release handover: event release-handover, from prison healthcare to the receiving community service. Medications in recovery (2012) 4.3.3 (prior to release: continuation of treatment and support); ACMD (2015) section 9."
* event[x] only Coding
* eventCoding = $event#release-handover
* destination 1..* MS
* destination.receiver 1..1 MS
* sender 1..1 MS
* source.endpoint MS
* focus 1..* MS

Profile: ReleaseHandoverBundle
Parent: Bundle
Id: release-handover-bundle
Title: "Release Handover Message"
Description: "A prison release handover message: MessageHeader, the person, current OST and last dose, the custody episode (release date and area, naloxone), the receiving community service and first community appointment, and the latest TOP and care plan when available. Medications in recovery (2012) 4.3.1 (high risk of overdose on release), 4.3.3; ACMD (2015) section 9: 'fast access to OST to prevent relapse and overdose death'."
* obeys rh-header-first and rh-required-content and rh-last-dose-when-on-ost and rh-last-dose-before-release and rh-appointment-after-release
* type = #message
* timestamp 1..1 MS
* entry 5..* MS
* entry.fullUrl 1..1
* entry.resource 1..1

Profile: SharedCareHeader
Parent: MessageHeader
Id: shared-care-header
Title: "Shared Care Header"
Description: "The header of a GP shared-care update between a drug service and a GP practice. Medications in recovery (2012) 3.2.8 (primary care's pivotal role); ACMD (2015) section 9 (OST via primary care in a long-term condition model)."
* event[x] only Coding
* eventCoding = $event#shared-care-update
* destination 1..* MS
* sender 1..1 MS
* focus 1..* MS

Profile: SharedCareBundle
Parent: Bundle
Id: shared-care-bundle
Title: "Shared Care Update Message"
Description: "A GP shared-care update: MessageHeader, the person, current OST, care plan summary, latest TOP and risks. Medications in recovery (2012) 3.2.7-3.2.8; ACMD (2015) 3.2.1 (people in shared care receive little psychosocial support, so the plan travels with the prescription)."
* obeys sc-header-first and sc-required-content and sc-care-plan-summary
* type = #message
* timestamp 1..1 MS
* entry 3..* MS
* entry.fullUrl 1..1
* entry.resource 1..1

Profile: RecoveryRiskFlag
Parent: Flag
Id: recovery-risk-flag
Title: "Recovery Risk Flag"
Description: "A risk that must travel with the person between services (overdose, suicide or self-harm, safeguarding children, diversion), shown to receivers of handovers and shared-care updates. Medications in recovery (2012) 4.3.1 (overdose on release, suicide in the first week of custody); ACMD (2015) 3.1.5 (diversion, risk to children)."
* code from RiskTypes (required)
* code MS
* subject only Reference(RecoveryPatient)
* subject MS
* period 1..1 MS
* period.start 1..1
* period ^short = "Since when the risk applies (and until when, if it has ended)"
