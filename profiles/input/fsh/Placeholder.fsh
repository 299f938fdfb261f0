Profile: RecoveryPatient
Parent: Patient
Id: recovery-patient
Title: "Recovery Patient"
Description: "A person in drug treatment."
* identifier 1..*
