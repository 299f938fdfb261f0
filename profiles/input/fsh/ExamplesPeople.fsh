// Fictitious people and services. NHS numbers are from the 999 test range and pass Modulus 11.

Instance: patient-alex
InstanceOf: RecoveryPatient
Usage: #example
Title: "Alex Morgan, in custody at HMP Kirkstall"
Description: "A fictitious man on methadone in custody, due for release, with an NHS number and a prison number."
* identifier[nhsNumber].system = $nhs-number
* identifier[nhsNumber].value = "9991047514"
* identifier[prisonNumber].system = $prison-number
* identifier[prisonNumber].value = "A1234BC"
* name.family = "Morgan"
* name.given = "Alex"
* gender = #male
* birthDate = "1978-03-14"
* generalPractitioner = Reference(Organization/elm-tree-surgery) "Elm Tree Surgery"

Instance: patient-jordan
InstanceOf: RecoveryPatient
Usage: #example
Title: "Jordan Reeve, in community treatment"
Description: "A fictitious woman on buprenorphine at Northside Community Drug Service, with an NHS number only."
* identifier[nhsNumber].system = $nhs-number
* identifier[nhsNumber].value = "9991087109"
* name.family = "Reeve"
* name.given = "Jordan"
* gender = #female
* birthDate = "1985-09-02"
* generalPractitioner = Reference(Organization/elm-tree-surgery) "Elm Tree Surgery"

Instance: northside-cds
InstanceOf: RecoveryOrganization
Usage: #example
Title: "Northside Community Drug Service"
Description: "A fictitious community drug service."
* identifier[odsCode].system = $ods
* identifier[odsCode].value = "FRD01"
* active = true
* name = "Northside Community Drug Service"
* endpoint = Reference(Endpoint/northside-cds-fhir)

Instance: hmp-kirkstall
InstanceOf: RecoveryOrganization
Usage: #example
Title: "HMP Kirkstall Healthcare"
Description: "A fictitious prison healthcare provider."
* identifier[odsCode].system = $ods
* identifier[odsCode].value = "FRP01"
* active = true
* name = "HMP Kirkstall Healthcare"

Instance: cds-northside
InstanceOf: RecoveryHealthcareService
Usage: #example
Title: "Northside community drug and alcohol service"
Description: "A fictitious community drug service covering the North release area."
* active = true
* providedBy = Reference(Organization/northside-cds) "Northside Community Drug Service"
* type = $service-type#community-drug-service "Community drug service"
* name = "Northside community drug and alcohol service"
* coverageArea = Reference(Location/release-area-north) "North release area"
* endpoint = Reference(Endpoint/northside-cds-fhir)

Instance: northside-cds-fhir
InstanceOf: RecoveryEndpoint
Usage: #example
Title: "Northside FHIR endpoint"
Description: "The FHIR endpoint of a fictitious community drug service."
* status = #active
* connectionType = $endpoint-type#hl7-fhir-rest "HL7 FHIR"
* name = "Northside Community Drug Service FHIR endpoint"
* managingOrganization = Reference(Organization/northside-cds)
* payloadType = http://hl7.org/fhir/resource-types#Bundle
* payloadMimeType = #application/fhir+json
* address = "https://fhir.northside-cds.example.org/fhir"
