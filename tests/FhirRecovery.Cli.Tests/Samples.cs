namespace FhirRecovery.Cli.Tests;

internal static class Samples
{
    public const string ValidPatientJson = """
        {"resourceType":"Patient","id":"p1","active":true,"gender":"female","birthDate":"1980-04-01","name":[{"family":"Example","given":["Alex"]}]}
        """;

    public const string ValidPatientXml = """
        <Patient xmlns="http://hl7.org/fhir"><id value="p2"/><active value="true"/><gender value="male"/></Patient>
        """;

    // "favouriteColour" is not an element of Patient.
    public const string PatientWithUnknownElement = """
        {"resourceType":"Patient","id":"p3","favouriteColour":"green"}
        """;

    // birthDate is a date: "yesterday" is not.
    public const string PatientWithBadDate = """
        {"resourceType":"Patient","id":"p4","birthDate":"yesterday"}
        """;

    public const string NotJson = "{ this is not json";

    /// <summary>A profile, differential only (the validator generates its snapshot), that makes birthDate required.</summary>
    public const string ProfileRequiringBirthDate = """
        {
          "resourceType": "StructureDefinition",
          "id": "patient-with-birthdate",
          "url": "https://example.org/fhir/StructureDefinition/patient-with-birthdate",
          "name": "PatientWithBirthDate",
          "status": "active",
          "fhirVersion": "4.0.1",
          "kind": "resource",
          "abstract": false,
          "type": "Patient",
          "baseDefinition": "http://hl7.org/fhir/StructureDefinition/Patient",
          "derivation": "constraint",
          "differential": { "element": [
            { "id": "Patient", "path": "Patient" },
            { "id": "Patient.birthDate", "path": "Patient.birthDate", "min": 1 }
          ] }
        }
        """;
}
