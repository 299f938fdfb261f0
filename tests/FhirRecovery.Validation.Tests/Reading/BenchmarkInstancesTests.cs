using System.Globalization;
using System.Text;

namespace FhirRecovery.Validation.Tests.JsonReading;

/// <summary>The shapes the benchmarks read (tests/FhirRecovery.Benchmarks/Instances.cs; the TOP outcome is a guide
/// example): all must take the fast path and give the SDK reader's POCOs.</summary>
public sealed class BenchmarkInstancesTests
{
    private const string Patient = """
        {"resourceType":"Patient","id":"p1","meta":{"lastUpdated":"2026-01-01T10:00:00Z"},
         "identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"9000000009"}],
         "active":true,"name":[{"use":"official","family":"Example","given":["Alex","Sam"]}],
         "telecom":[{"system":"phone","value":"01234 567890","use":"home"}],
         "gender":"unknown","birthDate":"1980-02-29",
         "address":[{"use":"home","line":["1 Example Street"],"city":"Leeds","postalCode":"LS1 1AA","country":"GB"}]}
        """;

    private const string MessageBundle = """
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
        """;

    public static TheoryData<string> Instances() => new()
    {
        Patient,
        MessageBundle.Replace("PATIENT", Patient, StringComparison.Ordinal),
        CollectionBundle(100),
    };

    [Theory]
    [MemberData(nameof(Instances))]
    public void TryRead_BenchmarkInstance_AcceptedAndSameAsSdk(string json)
    {
        Assert.Null(ReaderEquivalence.Difference(Encoding.UTF8.GetBytes(json), out var declined));
        Assert.Null(declined);
    }

    private static string CollectionBundle(int entries)
    {
        var json = new StringBuilder("""{"resourceType":"Bundle","type":"collection","entry":[""");
        for (var i = 0; i < entries; i++)
        {
            json.Append(i > 0 ? "," : "");
            var fullUrl = string.Create(CultureInfo.InvariantCulture, $"urn:uuid:00000000-0000-4000-8000-{i:D12}");
            var resource = i % 2 == 0
                ? Patient.Replace("\"id\":\"p1\"", $"\"id\":\"p{i}\"", StringComparison.Ordinal)
                : """{"resourceType":"Observation","status":"final","code":{"text":"Weight"},"effectiveDateTime":"2026-01-01","valueQuantity":{"value":"""
                    + (60 + (i % 40)).ToString(CultureInfo.InvariantCulture) + ""","unit":"kg","system":"http://unitsofmeasure.org","code":"kg"}}""";
            json.Append("{\"fullUrl\":\"").Append(fullUrl).Append("\",\"resource\":").Append(resource).Append('}');
        }

        return json.Append("]}").ToString();
    }
}
