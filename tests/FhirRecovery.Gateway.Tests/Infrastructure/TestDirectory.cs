namespace FhirRecovery.Gateway.Tests.Infrastructure;

/// <summary>A copy of the sample routing directory in a temp folder, with each endpoint address rewritten to a
/// test receiver (or to a closed port, for a receiver that is never there).</summary>
public static class TestDirectory
{
    /// <summary>An organisation added to the copy with two services, each with its own endpoint: a target naming the
    /// organisation alone is ambiguous.</summary>
    public const string TwinServicesOds = "FRX01";

    // The sample deployment's addresses (conformance/directory/README.md), by organisation.
    public static readonly IReadOnlyDictionary<string, string> SampleAddresses = new Dictionary<string, string>
    {
        ["prison"] = "http://127.0.0.1:5101/fhir",
        ["northside"] = "http://127.0.0.1:5102/fhir",
        ["southside"] = "http://127.0.0.1:5103/fhir",
        ["mental-health"] = "http://127.0.0.1:5104/fhir",
        ["housing"] = "http://127.0.0.1:5105/mailbox/FRH01",
        ["employment"] = "http://127.0.0.1:5106/fhir",
        ["gp"] = "http://127.0.0.1:5107/fhir",
    };

    public static string Write(IReadOnlyDictionary<string, Uri> addresses)
    {
        var folder = Directory.CreateTempSubdirectory("fhir-recovery-directory-").FullName;
        var source = Path.Combine(AppContext.BaseDirectory, "conformance", "directory");
        foreach (var file in Directory.GetFiles(source, "*.json"))
        {
            var text = File.ReadAllText(file);
            foreach (var (name, address) in addresses)
            {
                text = text.Replace($"\"{SampleAddresses[name]}\"", $"\"{address.AbsoluteUri.TrimEnd('/')}\"", StringComparison.Ordinal);
            }

            File.WriteAllText(Path.Combine(folder, Path.GetFileName(file)), text);
        }

        var port = FhirReceiver.FreePort();
        File.WriteAllText(Path.Combine(folder, "Organization-twin-services.json"),
            $$$"""{"resourceType":"Organization","id":"twin-services","active":true,"name":"Twin Services","identifier":[{"system":"https://fhir.nhs.uk/Id/ods-organization-code","value":"{{{TwinServicesOds}}}"}]}""");
        foreach (var twin in new[] { "a", "b" })
        {
            File.WriteAllText(Path.Combine(folder, $"Endpoint-twin-{twin}.json"), $$$"""
                {"resourceType":"Endpoint","id":"twin-{{{twin}}}","status":"active","name":"Twin {{{twin}}}",
                 "connectionType":{"system":"http://terminology.hl7.org/CodeSystem/endpoint-connection-type","code":"hl7-fhir-rest"},
                 "managingOrganization":{"reference":"Organization/twin-services"},
                 "payloadType":[{"coding":[{"system":"http://hl7.org/fhir/resource-types","code":"ServiceRequest"}]}],
                 "address":"http://127.0.0.1:{{{port}}}/{{{twin}}}"}
                """);
            File.WriteAllText(Path.Combine(folder, $"HealthcareService-twin-{twin}.json"), $$$"""
                {"resourceType":"HealthcareService","id":"twin-{{{twin}}}","active":true,"name":"Twin {{{twin}}}",
                 "providedBy":{"reference":"Organization/twin-services"},
                 "type":[{"coding":[{"system":"https://fhirrecovery.org.uk/fhir/CodeSystem/recovery-service-type","code":"housing"}]}],
                 "endpoint":[{"reference":"Endpoint/twin-{{{twin}}}"}]}
                """);
        }

        return folder;
    }
}
