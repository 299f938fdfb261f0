using System.Globalization;
using System.Text;

namespace FhirRecovery.Benchmarks;

/// <summary>The instances the benchmarks validate, built once in memory (realistic but synthetic: no real patient).</summary>
internal static class Instances
{
    public const string Patient = """
        {"resourceType":"Patient","id":"p1","meta":{"lastUpdated":"2026-01-01T10:00:00Z"},
         "identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9000000009"}],
         "active":true,"name":[{"use":"official","family":"Example","given":["Alex","Sam"]}],
         "telecom":[{"system":"phone","value":"01234 567890","use":"home"}],
         "gender":"unknown","birthDate":"1980-02-29",
         "address":[{"use":"home","line":["1 Example Street"],"city":"Leeds","postalCode":"LS1 1AA","country":"GB"}]}
        """;

    public static byte[] PatientBytes { get; } = Encoding.UTF8.GetBytes(Patient);

    public static byte[] ProfiledPatientBytes { get; } = Encoding.UTF8.GetBytes(Patient.Replace(
        "\"meta\":{", "\"meta\":{\"profile\":[\"https://fhirrecovery.org.uk/fhir/StructureDefinition/recovery-patient\"],", StringComparison.Ordinal));

    /// <summary>A message Bundle: MessageHeader whose focus is an Encounter, with the Patient and an Observation.</summary>
    public static byte[] MessageBundle { get; } = Encoding.UTF8.GetBytes("""
        {"resourceType":"Bundle","id":"m1","type":"message","timestamp":"2026-01-01T10:00:00Z","entry":[
         {"fullUrl":"urn:uuid:00000000-0000-4000-8000-000000000001","resource":{"resourceType":"MessageHeader",
           "eventCoding":{"system":"https://fhirrecovery.org.uk/fhir/CodeSystem/events","code":"prison-release"},
           "source":{"endpoint":"https://prison.example/fhir"},"destination":[{"endpoint":"https://treatment.example/fhir"}],
           "focus":[{"reference":"urn:uuid:00000000-0000-4000-8000-000000000003"}]}},
         {"fullUrl":"urn:uuid:00000000-0000-4000-8000-000000000002","resource":PATIENT},
         {"fullUrl":"urn:uuid:00000000-0000-4000-8000-000000000003","resource":{"resourceType":"Encounter","status":"finished",
           "class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"AMB"},
           "subject":{"reference":"urn:uuid:00000000-0000-4000-8000-000000000002"},"period":{"start":"2025-06-01","end":"2026-01-01"}}},
         {"fullUrl":"urn:uuid:00000000-0000-4000-8000-000000000004","resource":{"resourceType":"Observation","status":"final",
           "code":{"coding":[{"system":"http://snomed.info/sct","code":"228366006"}],"text":"Drug use"},
           "subject":{"reference":"urn:uuid:00000000-0000-4000-8000-000000000002"},"effectiveDateTime":"2025-12-31",
           "valueCodeableConcept":{"text":"Opioids"}}}]}
        """.Replace("PATIENT", Patient, StringComparison.Ordinal));

    /// <summary>A collection Bundle of <paramref name="entries"/> entries: Patients and Observations referring to them.</summary>
    public static byte[] CollectionBundle(int entries)
    {
        var json = new StringBuilder("""{"resourceType":"Bundle","type":"collection","entry":[""");
        for (var i = 0; i < entries; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            var fullUrl = FullUrl(i);
            if (i % 2 == 0)
            {
                var patient = Patient.Replace("\"id\":\"p1\"", $"\"id\":\"p{i}\"", StringComparison.Ordinal);
                json.Append("{\"fullUrl\":\"").Append(fullUrl).Append("\",\"resource\":").Append(patient).Append('}');
            }
            else
            {
                json.Append(CultureInfo.InvariantCulture, $$$"""{"fullUrl":"{{{fullUrl}}}","resource":{"resourceType":"Observation","status":"final","code":{"text":"Weight"},"subject":{"reference":"{{{FullUrl(i - 1)}}}"},"effectiveDateTime":"2026-01-01","valueQuantity":{"value":{{{60 + (i % 40)}}},"unit":"kg","system":"http://unitsofmeasure.org","code":"kg"}""").Append("}}");
            }
        }

        return Encoding.UTF8.GetBytes(json.Append("]}").ToString());
    }

    private static string FullUrl(int i) => string.Create(CultureInfo.InvariantCulture, $"urn:uuid:00000000-0000-4000-8000-{i:D12}");
}
