using System.Text.Json.Nodes;
using FhirRecovery.Routing.ServiceDirectory;
using FhirRecovery.Routing.Tests.Support;

namespace FhirRecovery.Routing.Tests.ServiceDirectory;

public sealed class DirectoryValidationTests
{
    [Fact]
    public void Load_SeveralProblems_ReportsEveryOneAtOnce()
    {
        using var folder = DirectoryFolder.FromSample();
        folder.Edit("HealthcareService-mh-riverside.json", s => s.Remove("providedBy"));
        folder.Edit("Organization-southside-cds.json", o => o["identifier"]![0]!["value"] = "FRD01");
        folder.Edit("Organization-elm-tree-surgery.json", o => o["endpoint"]![0]!["reference"] = "Endpoint/nowhere");
        folder.Edit("HealthcareService-gp-elm-tree.json", s => s["type"]![0]!["coding"]![0]!["code"] = "dentistry");

        var result = RoutingDirectoryLoader.Load(folder.Path);

        Assert.False(result.Succeeded);
        var codes = result.Problems.Select(p => p.Code).Order().ToArray();
        Assert.Equal(["duplicate-ods-code", "missing-endpoint", "service-without-organization", "unknown-service-type"], codes);
    }

    [Fact]
    public void Load_TwoEndpointsOfOneConnectionTypeOnAService_ReportsDuplicateConnectionType()
    {
        using var folder = DirectoryFolder.FromSample();
        folder.Edit("HealthcareService-cds-northside.json", s =>
            s["endpoint"]!.AsArray().Add(new JsonObject { ["reference"] = "Endpoint/southside-cds-fhir" }));

        var result = RoutingDirectoryLoader.Load(folder.Path);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("duplicate-connection-type", problem.Code);
        Assert.Equal("HealthcareService/cds-northside", problem.Resource);
    }

    [Fact]
    public void Load_ServicePointingAtUnknownOrganization_ReportsUnknownOrganization()
    {
        using var folder = DirectoryFolder.FromSample();
        folder.Delete("Organization-pathways-employment.json");

        var result = RoutingDirectoryLoader.Load(folder.Path);

        Assert.Contains(result.Problems, p => p.Code == "unknown-organization" && p.Resource == "HealthcareService/employment-pathways");
        Assert.Contains(result.Problems, p => p.Code == "unknown-organization" && p.Resource == "Endpoint/pathways-employment-fhir");
    }

    [Fact]
    public void Load_EndpointProblems_ReportsConnectionTypeAddressAndPayload()
    {
        using var folder = DirectoryFolder.FromSample();
        folder.Edit("Endpoint-riverside-mh-fhir.json", e =>
        {
            e["connectionType"]!["code"] = "direct-project";
            e["address"] = "ftp://127.0.0.1/fhir";
            e.Remove("payloadType");
        });

        var result = RoutingDirectoryLoader.Load(folder.Path);

        var ours = result.Problems.Where(p => p.Resource == "Endpoint/riverside-mh-fhir").Select(p => p.Code).Order().ToArray();
        Assert.Equal(["invalid-address", "missing-payload-type", "unknown-connection-type"], ours);
        Assert.DoesNotContain(result.Problems, p => p.Code == "missing-endpoint");
    }

    [Fact]
    public void Load_DuplicateIdsAndAddresses_ReportsBoth()
    {
        using var folder = DirectoryFolder.FromSample();
        var copy = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Path, "Endpoint-riverside-mh-fhir.json")))!;
        folder.Write("Endpoint-copy.json", copy.ToJsonString());

        var result = RoutingDirectoryLoader.Load(folder.Path);

        Assert.Contains(result.Problems, p => p.Code == "duplicate-id");
        Assert.Contains(result.Problems, p => p.Code == "duplicate-endpoint-address");
    }

    [Fact]
    public void Load_MissingOdsCodeAndMissingLocation_ReportsBoth()
    {
        using var folder = DirectoryFolder.FromSample();
        folder.Edit("Organization-hmp-kirkstall.json", o => o.Remove("identifier"));
        folder.Delete("Location-release-area-north.json");

        var result = RoutingDirectoryLoader.Load(folder.Path);

        Assert.Contains(result.Problems, p => p.Code == "missing-ods-code" && p.Resource == "Organization/hmp-kirkstall");
        Assert.Equal(4, result.Problems.Count(p => p.Code == "missing-location"));
    }

    [Fact]
    public void Load_UnparseableFileAndForeignResource_ReportsBothWithTheirFiles()
    {
        using var folder = DirectoryFolder.FromSample();
        folder.Write("broken.json", "{ \"resourceType\": \"Organization\", ");
        folder.Write("patient.json", "{ \"resourceType\": \"Patient\", \"id\": \"p1\" }");

        var result = RoutingDirectoryLoader.Load(folder.Path);

        Assert.Contains(result.Problems, p => p.Code == "parse-error" && p.Source!.EndsWith("broken.json", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Code == "unsupported-resource" && p.Resource == "Patient/p1");
    }

    [Fact]
    public void Load_DirectoryAsOneBundle_LoadsTheSameModel()
    {
        using var folder = DirectoryFolder.FromSample();
        var bundle = new JsonObject { ["resourceType"] = "Bundle", ["type"] = "collection", ["entry"] = new JsonArray() };
        foreach (var file in Directory.GetFiles(folder.Path, "*.json"))
        {
            bundle["entry"]!.AsArray().Add(new JsonObject { ["resource"] = JsonNode.Parse(File.ReadAllText(file)) });
        }

        var bundleFile = Path.Combine(Path.GetTempPath(), $"fr-bundle-{Guid.NewGuid():N}.json");
        File.WriteAllText(bundleFile, bundle.ToJsonString());
        try
        {
            var result = RoutingDirectoryLoader.Load(bundleFile);

            Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
            Assert.Equal(7, result.Directory.Organizations.Length);
        }
        finally
        {
            File.Delete(bundleFile);
        }
    }
}
