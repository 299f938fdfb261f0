using System.Net.Http.Headers;
using FhirRecovery.Gateway.Tests.Infrastructure;
using FhirRecovery.Routing.Resolution;

namespace FhirRecovery.Gateway.Tests.Trust;

/// <summary>
/// The real gateway with the REAL trust gate (conformance/permissions.json, the consent store), and Northside
/// Community Drug Service (FRD01) played by an <see cref="OwnerServer"/> holding care plans and the Patient records
/// they point to. The GP is Elm Tree Surgery (FRG01). Synthetic people only.
/// </summary>
public sealed class ProxiedReadTestbed : IAsyncLifetime
{
    public const string GatewayCredential = "gateway-credential-for-owners";
    public const string GpOds = "FRG01";
    public const string OwnNhsNumber = "9991000003";
    public const string OtherPracticeNhsNumber = "9991000011";
    public const string RefuserNhsNumber = "9991000038";

    private OwnerServer? _owner;
    private GatewayHost? _host;

    internal OwnerServer Owner => _owner!;

    public GatewayHost Host => _host!;

    public static string OwnerTarget => TargetHeader.Format("https://fhir.nhs.uk/Id/ods-organization-code", "FRD01");

    public async Task InitializeAsync()
    {
        _owner = await OwnerServer.StartAsync();
        AddPerson("own", OwnNhsNumber, GpOds);
        AddPerson("other", OtherPracticeNhsNumber, "FRG99");
        AddPerson("refuser", RefuserNhsNumber, GpOds);
        _owner.Put("CarePlan", "plan-anon", """{"resourceType":"CarePlan","id":"plan-anon","status":"active","intent":"plan","subject":{"display":"someone"}}""");
        _owner.PutSearch("CarePlan", Searchset("own", OwnNhsNumber, GpOds));
        _owner.PutSearch("MedicationStatement", """
            {"resourceType":"Bundle","type":"searchset","entry":[{"fullUrl":"MedicationStatement/ms-other","search":{"mode":"match"},
             "resource":{"resourceType":"MedicationStatement","id":"ms-other","status":"active","medicationCodeableConcept":{"text":"methadone"},
             "subject":{"reference":"Patient/pat-other"}}}]}
            """);
        _host = await GatewayHost.StartAsync(new Dictionary<string, string?>
        {
            ["FhirRecovery:Routing:DirectoryPath"] = TestDirectory.Write(new Dictionary<string, Uri> { ["northside"] = _owner.BaseAddress }),
            ["FhirRecovery:Routing:ReceiverCredentials:DefaultBearerToken"] = GatewayCredential,
            // The hostile-read test sends thousands of requests as one organisation.
            ["FhirRecovery:Protection:PermitsPerWindow"] = "1000000",
        });
        await _host.WaitUntilReadyAsync();
    }

    /// <summary>A GET of the owner's resource through the gateway, by a client of <paramref name="ods"/>.</summary>
    public async Task<HttpResponseMessage> ReadAsync(string ods, string path, params (string Name, string Value)[] headers)
    {
        using var client = Host.CreateClient(ods);
        using var request = FhirHttp.Get(path, FhirHttp.FhirJson);
        request.Headers.Add(TargetHeader.Name, OwnerTarget);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    public HttpClient CreateOperatorClient()
    {
        var token = Host.Tokens.Operator("system/AuditEvent.rs");
        var client = Host.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
            // Every log line of the proxied reads: none of the people the owner's answers were about.
            Security.LogPrivacy.AssertNoPatientData(_host.Logs, OwnNhsNumber, OtherPracticeNhsNumber, RefuserNhsNumber, "Testperson", "1979-04-01");
        }

        if (_owner is not null)
        {
            await _owner.DisposeAsync();
        }
    }

    private static string Patient(string name, string nhsNumber, string practice) => $$$"""
        {"resourceType":"Patient","id":"pat-{{{name}}}","identifier":[{"system":"https://fhir.nhs.uk/Id/nhs-number","value":"{{{nhsNumber}}}"}],
         "name":[{"family":"Testperson-{{{name}}}"}],"birthDate":"1979-04-01",
         "generalPractitioner":[{"identifier":{"system":"https://fhir.nhs.uk/Id/ods-organization-code","value":"{{{practice}}}"}}]}
        """;

    private static string CarePlan(string name) => $$$"""
        {"resourceType":"CarePlan","id":"plan-{{{name}}}","status":"active","intent":"plan","title":"Recovery plan {{{name}}}",
         "subject":{"reference":"Patient/pat-{{{name}}}"}}
        """;

    private static string Searchset(string name, string nhsNumber, string practice) => $$$"""
        {"resourceType":"Bundle","type":"searchset","entry":[
         {"fullUrl":"CarePlan/plan-{{{name}}}","search":{"mode":"match"},"resource":{{{CarePlan(name)}}}},
         {"fullUrl":"Patient/pat-{{{name}}}","search":{"mode":"include"},"resource":{{{Patient(name, nhsNumber, practice)}}}}]}
        """;

    private void AddPerson(string name, string nhsNumber, string practice)
    {
        Owner.Put("Patient", "pat-" + name, Patient(name, nhsNumber, practice));
        Owner.Put("CarePlan", "plan-" + name, CarePlan(name));
    }
}

[CollectionDefinition(Name)]
public sealed class ProxiedReadTestGroup : ICollectionFixture<ProxiedReadTestbed>
{
    public const string Name = "proxied-read-trust";
}
