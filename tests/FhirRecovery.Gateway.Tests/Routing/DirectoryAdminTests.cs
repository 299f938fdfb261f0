using System.Net;
using FhirRecovery.Gateway.Tests.Delivery;
using FhirRecovery.Gateway.Tests.Infrastructure;
using FhirRecovery.Routing.Resolution;

namespace FhirRecovery.Gateway.Tests.Routing;

/// <summary>The operators' directory endpoints: read what is in force, reload it from its folder without a restart;
/// an inconsistent directory is refused with every problem and the one in force stays.</summary>
[Collection(RoutingTestGroup.Name)]
public sealed class DirectoryAdminTests(RoutingTestbed testbed)
{
    private const string OdsSystem = "https://fhir.nhs.uk/Id/ods-organization-code";

    [Fact]
    public async Task DirectoryRead_Operator_ListsTheEndpointsInForce()
    {
        using var operators = testbed.CreateOperatorClient();

        var northside = await ReceiverHealth.EndpointAsync(operators, "northside-cds-fhir");

        Assert.Equal(testbed["northside"].BaseAddress.AbsoluteUri.TrimEnd('/'), northside["address"].TrimEnd('/'));
        Assert.Equal("true", northside["active"]);
    }

    [Fact]
    public async Task DirectoryReload_NotAnOperator_Answers403AndReloadsNothing()
    {
        using var client = testbed.CreateClient();

        using var response = await client.PostAsync(new Uri("/_admin/directory/$reload", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("forbidden", FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(response, "OperationOutcome"))[0].Code);
    }

    [Fact]
    public async Task DirectoryReload_NewOrganisationInTheFolder_IsRoutedToWithoutARestart()
    {
        using var operators = testbed.CreateOperatorClient();
        using var client = testbed.CreateClient();
        var prison = testbed["prison"];
        var files = WriteOrganisation("reload-added", "FRZ01", new Uri(prison.BaseAddress.AbsoluteUri.TrimEnd('/') + "/annex"));
        try
        {
            using var reload = await operators.PostAsync(new Uri("/_admin/directory/$reload", UriKind.Relative), null);
            Assert.True(reload.StatusCode == HttpStatusCode.OK, await reload.Content.ReadAsStringAsync());

            var requestId = Guid.NewGuid().ToString("N");
            using var request = FhirHttp.Post("/ServiceRequest", IgExamples.MentalHealthReferral, FhirHttp.FhirJson);
            request.Headers.Add("X-Request-ID", requestId);
            request.Headers.Add(TargetHeader.Name, TargetHeader.Format(OdsSystem, "FRZ01"));
            using var response = await client.SendAsync(request);

            Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
            Assert.Equal("annex/ServiceRequest", Assert.Single(prison.Received, r => r.RequestId == requestId).Path);
        }
        finally
        {
            await RemoveAndReloadAsync(operators, files);
        }
    }

    [Fact]
    public async Task DirectoryReload_InconsistentDirectory_Answers422WithEveryProblemAndKeepsTheOldOne()
    {
        using var operators = testbed.CreateOperatorClient();
        using var client = testbed.CreateClient();
        // Two problems at once: a service whose organisation does not exist, and an endpoint reusing an address.
        var orphan = Path.Combine(testbed.DirectoryFolder, "HealthcareService-reload-orphan.json");
        var twin = Path.Combine(testbed.DirectoryFolder, "Endpoint-reload-duplicate.json");
        await File.WriteAllTextAsync(orphan, """
            {"resourceType":"HealthcareService","id":"reload-orphan","active":true,"name":"Orphan",
             "providedBy":{"reference":"Organization/no-such-organisation"},
             "type":[{"coding":[{"system":"https://fhirrecovery.org.uk/fhir/CodeSystem/recovery-service-type","code":"housing"}]}]}
            """);
        await File.WriteAllTextAsync(twin, Endpoint("reload-duplicate", "northside-cds", testbed["northside"].BaseAddress));
        try
        {
            using var reload = await operators.PostAsync(new Uri("/_admin/directory/$reload", UriKind.Relative), null);

            Assert.Equal(HttpStatusCode.UnprocessableEntity, reload.StatusCode);
            var errors = FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(reload, "OperationOutcome")).Where(i => i.IsError).ToList();
            Assert.Contains(errors, e => e.Text.Contains("reload-orphan", StringComparison.Ordinal));
            Assert.Contains(errors, e => e.Text.Contains("reload-duplicate", StringComparison.Ordinal));

            // The directory in force is unchanged: the sample's receivers are still routed to.
            var requestId = Guid.NewGuid().ToString("N");
            using var request = FhirHttp.Post("/ServiceRequest", IgExamples.MentalHealthReferral, FhirHttp.FhirJson);
            request.Headers.Add("X-Request-ID", requestId);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            Assert.Equal(1, testbed["mental-health"].CountOf(requestId));
            using var summary = await operators.GetAsync(new Uri("/_admin/directory", UriKind.Relative));
            Assert.Contains("reload-orphan", await summary.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            // The refused reload is an AuditEvent naming the operator, written before the 422 went out.
            var audit = await operators.GetStringAsync(new Uri("/AuditEvent?outcome=4&_count=1000", UriKind.Relative));
            Assert.Contains("directory-reloaded", audit, StringComparison.Ordinal);
            Assert.Contains("Reload refused with 2 problems", audit, StringComparison.Ordinal);
        }
        finally
        {
            await RemoveAndReloadAsync(operators, [orphan, twin]);
        }
    }

    [Fact]
    public async Task DirectoryFileChanged_ReloadedOnItsOwn_AuditedAsAFileChange()
    {
        using var operators = testbed.CreateOperatorClient();
        var files = WriteOrganisation("file-change-added", "FRZ02", new Uri(testbed["prison"].BaseAddress.AbsoluteUri.TrimEnd('/') + "/annex2"));
        try
        {
            var query = new Uri($"/AuditEvent?entity={FhirRecovery.Gateway.Routing.DirectoryReloadAudit.FileChangeAgent}&_count=1000", UriKind.Relative);
            var audit = string.Empty;
            for (var i = 0; i < 200 && !audit.Contains("directory-reloaded", StringComparison.Ordinal); i++)
            {
                await Task.Delay(50);
                audit = await operators.GetStringAsync(query);
            }

            Assert.Contains("directory-reloaded", audit, StringComparison.Ordinal);
        }
        finally
        {
            await RemoveAndReloadAsync(operators, files);
        }
    }

    private string[] WriteOrganisation(string id, string ods, Uri address)
    {
        var files = new[]
        {
            Path.Combine(testbed.DirectoryFolder, $"Organization-{id}.json"),
            Path.Combine(testbed.DirectoryFolder, $"HealthcareService-{id}.json"),
            Path.Combine(testbed.DirectoryFolder, $"Endpoint-{id}.json"),
        };
        File.WriteAllText(files[0], $$$"""
            {"resourceType":"Organization","id":"{{{id}}}","active":true,"name":"Added by reload",
             "identifier":[{"system":"{{{OdsSystem}}}","value":"{{{ods}}}"}]}
            """);
        File.WriteAllText(files[1], $$$"""
            {"resourceType":"HealthcareService","id":"{{{id}}}","active":true,"name":"Added by reload",
             "providedBy":{"reference":"Organization/{{{id}}}"},
             "type":[{"coding":[{"system":"https://fhirrecovery.org.uk/fhir/CodeSystem/recovery-service-type","code":"mental-health"}]}],
             "endpoint":[{"reference":"Endpoint/{{{id}}}"}]}
            """);
        File.WriteAllText(files[2], Endpoint(id, id, address));
        return files;
    }

    private static string Endpoint(string id, string organization, Uri address) => $$$"""
        {"resourceType":"Endpoint","id":"{{{id}}}","status":"active","name":"{{{id}}}",
         "connectionType":{"system":"http://terminology.hl7.org/CodeSystem/endpoint-connection-type","code":"hl7-fhir-rest"},
         "managingOrganization":{"reference":"Organization/{{{organization}}}"},
         "payloadType":[{"coding":[{"system":"http://hl7.org/fhir/resource-types","code":"ServiceRequest"}]}],
         "address":"{{{address.AbsoluteUri.TrimEnd('/')}}}"}
        """;

    private static async Task RemoveAndReloadAsync(HttpClient operators, IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            File.Delete(file);
        }

        using var reload = await operators.PostAsync(new Uri("/_admin/directory/$reload", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, reload.StatusCode);
    }
}
