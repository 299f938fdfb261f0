// Treatment Outcomes Profile. The seeds name the TOP (Medications in recovery 3.4.4) but not its items:
// the item list below follows the published NDTMS TOP form (NTA 2007), recall period the past 28 days.

CodeSystem: TopItem
Id: top-item
Title: "TOP items"
Description: "Items of the Treatment Outcomes Profile (TOP) in its four sections: substance use, injecting risk behaviour, crime, and health and social functioning. Medications in recovery (2012) 3.4.4 names the TOP as the national outcome instrument; the item list is taken from the published NDTMS TOP form because the seeds do not list items. Every count is for the 28 days before the interview."
* ^status = #active
* ^caseSensitive = true
* ^content = #complete
* ^experimental = false
* #top-panel "Treatment Outcomes Profile" "One TOP interview: all items recorded on one date at one treatment stage."
* #top-alcohol-days "Alcohol: days used" "Number of days on which the person drank alcohol in the past 28 days (0-28)."
* #top-alcohol-amount "Alcohol: amount on a typical using day" "Average number of UK units of alcohol drunk on a day of drinking in the past 28 days."
* #top-opioids-days "Opiates/opioids (illicit): days used" "Days of use of illicit opiates or opioids in the past 28 days (0-28): street heroin and any non-prescribed opioid, including non-prescribed methadone and buprenorphine. Use on top of OST shows here."
* #top-crack-days "Crack: days used" "Days of crack cocaine use in the past 28 days (0-28)."
* #top-cocaine-days "Cocaine: days used" "Days of powder cocaine use in the past 28 days (0-28)."
* #top-amphetamines-days "Amphetamines: days used" "Days of amphetamine use in the past 28 days (0-28)."
* #top-cannabis-days "Cannabis: days used" "Days of cannabis use in the past 28 days (0-28)."
* #top-other-days "Other problem substance: days used" "Days of use of one other named problem substance in the past 28 days (0-28)."
* #top-other-name "Other problem substance: name" "The name of the other problem substance counted in top-other-days."
* #top-injected-days "Injected: days" "Days on which the person injected non-prescribed drugs in the past 28 days (0-28)."
* #top-shared-needle "Injected with a needle or syringe used by someone else" "Yes if, in the past 28 days, the person injected with a needle or syringe someone else had used. Not applicable when injected days is 0."
* #top-shared-paraphernalia "Injected using a spoon, water or filter used by someone else" "Yes if, in the past 28 days, the person injected using a spoon, water or filter someone else had used. Not applicable when injected days is 0."
* #top-shoplifting-days "Shoplifting: days" "Days on which the person committed shoplifting in the past 28 days (0-28)."
* #top-drug-selling-days "Drug selling: days" "Days on which the person sold drugs in the past 28 days (0-28)."
* #top-theft-vehicle "Theft from or of a vehicle" "Yes if the person committed theft from or of a vehicle in the past 28 days."
* #top-property-theft "Other property theft or burglary" "Yes if the person committed other property theft or burglary in the past 28 days."
* #top-fraud "Fraud, forgery and handling stolen goods" "Yes if the person committed fraud, forgery or handled stolen goods in the past 28 days."
* #top-assault "Committing assault or violence" "Yes if the person committed assault or violence in the past 28 days."
* #top-psychological-health "Psychological health rating" "The person's own rating of their psychological health (anxiety, depression, problem emotions and feelings) from 0 (poor) to 20 (good)."
* #top-paid-work-days "Paid work: days" "Days of paid work in the past 28 days (0-28)."
* #top-education-days "Education: days" "Days attending college or school in the past 28 days (0-28)."
* #top-physical-health "Physical health rating" "The person's own rating of their physical health (extent of physical symptoms and being bothered by illness) from 0 (poor) to 20 (good)."
* #top-acute-housing-problem "Acute housing problem" "Yes if the person had an acute housing problem (for example homeless or no fixed abode) in the past 28 days."
* #top-eviction-risk "At risk of eviction" "Yes if the person was at risk of eviction in the past 28 days."
* #top-quality-of-life "Quality of life rating" "The person's own rating of their overall quality of life (able to enjoy life, gets on well with family and partner) from 0 (poor) to 20 (good)."

ValueSet: TopItems
Id: top-items
Title: "TOP items"
Description: "All items of the Treatment Outcomes Profile (codes of the TOP item code system except the panel code)."
* ^status = #active
* ^experimental = false
* include codes from system $top-item
* exclude $top-item#top-panel

CodeSystem: TopTreatmentStage
Id: top-treatment-stage
Title: "TOP treatment stage"
Description: "When in a treatment journey a TOP interview took place (NDTMS TOP form). Medications in recovery (2012) 3.4.4 and step 1: outcomes are measured at the start, at reviews and at exit."
* ^status = #active
* ^caseSensitive = true
* ^content = #complete
* ^experimental = false
* #start "Treatment start" "TOP completed at the start of a treatment episode, giving the baseline."
* #review "Review" "TOP completed at a care plan review during treatment."
* #exit "Treatment exit" "TOP completed when the person leaves structured treatment."
* #post-exit "Post-treatment exit" "TOP completed after the person has left structured treatment, for example at a recovery check-up."

ValueSet: TopTreatmentStages
Id: top-treatment-stages
Title: "TOP treatment stages"
Description: "All TOP treatment stages."
* ^status = #active
* ^experimental = false
* include codes from system $top-stage
