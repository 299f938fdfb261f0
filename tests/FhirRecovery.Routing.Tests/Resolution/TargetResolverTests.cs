using FhirRecovery.Routing.Resolution;
using FhirRecovery.Routing.ServiceDirectory;
using FhirRecovery.Routing.Tests.Support;
using Hl7.Fhir.Model;

namespace FhirRecovery.Routing.Tests.Resolution;

public sealed class TargetResolverTests
{
    private static readonly TargetResolver Sample = new(new StaticDirectorySource(RoutingDirectoryLoader.Load(DirectoryFolder.SamplePath).Directory!));

    [Fact]
    public void ResolveMessageDestinations_EndpointAddress_ResolvesThatEndpoint()
    {
        var header = Header(new MessageHeader.MessageDestinationComponent { Endpoint = "http://127.0.0.1:5104/fhir" });

        var result = Sample.ResolveMessageDestinations(header);

        Assert.Equal("riverside-mh-fhir", Assert.Single(Assert.IsType<TargetResolution.Resolved>(result).Endpoints).Id);
    }

    [Fact]
    public void ResolveMessageDestinations_UnknownEndpointButReceiverOdsCode_ResolvesByReceiver()
    {
        var header = Header(new MessageHeader.MessageDestinationComponent
        {
            Endpoint = "https://gateway.example/fhir",
            Receiver = new ResourceReference { Identifier = new Identifier(DirectorySystems.OdsOrganizationCode, "FRD02") },
        });

        var result = Sample.ResolveMessageDestinations(header);

        Assert.Equal("southside-cds-fhir", Assert.Single(Assert.IsType<TargetResolution.Resolved>(result).Endpoints).Id);
    }

    [Fact]
    public void ResolveMessageDestinations_TwoDestinations_ResolvesBoth()
    {
        var header = Header(
            new MessageHeader.MessageDestinationComponent { Endpoint = "x", Receiver = new ResourceReference("Organization/elm-tree-surgery") },
            new MessageHeader.MessageDestinationComponent { Endpoint = "x", Receiver = new ResourceReference("HealthcareService/cds-northside") });

        var result = Assert.IsType<TargetResolution.Resolved>(Sample.ResolveMessageDestinations(header));

        Assert.Equal(["elm-tree-surgery-fhir", "northside-cds-fhir"], result.Endpoints.Select(e => e.Id).Order().ToArray());
    }

    [Fact]
    public void ResolveMessageDestinations_UnknownOdsCode_IsNotFound404()
    {
        var header = Header(new MessageHeader.MessageDestinationComponent
        {
            Endpoint = "x",
            Receiver = new ResourceReference { Identifier = new Identifier(DirectorySystems.OdsOrganizationCode, "ZZZ99") },
        });

        var result = Sample.ResolveMessageDestinations(header);

        Assert.IsType<TargetResolution.NotFound>(result);
        Assert.Equal(404, result.HttpStatus);
        Assert.Equal(OperationOutcome.IssueType.NotFound, result.IssueType);
    }

    [Fact]
    public void ResolveMessageDestinations_NoDestination_IsBadTarget()
    {
        Assert.IsType<TargetResolution.BadTarget>(Sample.ResolveMessageDestinations(new MessageHeader()));
    }

    [Fact]
    public void ResolveMessageDestinations_ReceiverIsAPatient_IsBadTarget()
    {
        var header = Header(new MessageHeader.MessageDestinationComponent { Endpoint = "x", Receiver = new ResourceReference("Patient/1") });

        Assert.IsType<TargetResolution.BadTarget>(Sample.ResolveMessageDestinations(header));
    }

    [Fact]
    public void ResolveTargetHeader_OdsCode_ResolvesTheOrganisation()
    {
        var result = Sample.ResolveTargetHeader(TargetHeader.Format(DirectorySystems.OdsOrganizationCode, "FRH01"));

        var endpoint = Assert.Single(Assert.IsType<TargetResolution.Resolved>(result).Endpoints);
        Assert.Equal(EndpointConnectionType.FhirMailbox, endpoint.ConnectionType);
    }

    [Fact]
    public void ResolveTargetHeader_ServiceIdentifier_ResolvesTheService()
    {
        var result = Sample.ResolveTargetHeader(TargetHeader.Format(DirectorySystems.HealthcareServiceId, "employment-pathways"));

        Assert.Equal("pathways-employment-fhir", Assert.Single(Assert.IsType<TargetResolution.Resolved>(result).Endpoints).Id);
    }

    [Theory]
    [InlineData("not base64!!")]
    [InlineData("bm90IGpzb24=")] // "not json"
    [InlineData("eyJzeXN0ZW0iOiAieCJ9")] // {"system": "x"}
    [InlineData("")]
    public void ResolveTargetHeader_Malformed_IsBadTarget400(string header)
    {
        var result = Sample.ResolveTargetHeader(header);

        Assert.IsType<TargetResolution.BadTarget>(result);
        Assert.Equal(400, result.HttpStatus);
    }

    [Fact]
    public void ResolveTargetHeader_UnsupportedIdentifierSystem_IsBadTarget()
    {
        var result = Sample.ResolveTargetHeader(TargetHeader.Format("https://fhir.nhs.uk/Id/nhs-number", "9000000009"));

        Assert.IsType<TargetResolution.BadTarget>(result);
    }

    [Fact]
    public void ResolvePerformers_OrganizationReference_ResolvesItsEndpoint()
    {
        var request = new ServiceRequest { Performer = [new ResourceReference("Organization/riverside-mh")] };

        var result = Sample.ResolvePerformers(request);

        Assert.Equal("riverside-mh-fhir", Assert.Single(Assert.IsType<TargetResolution.Resolved>(result).Endpoints).Id);
    }

    [Fact]
    public void ResolvePerformers_TwoDifferentPerformers_IsMultipleMatches404()
    {
        var request = new ServiceRequest
        {
            Performer = [new ResourceReference("Organization/northside-cds"), new ResourceReference("Organization/southside-cds")],
        };

        var result = Sample.ResolvePerformers(request);

        var multiple = Assert.IsType<TargetResolution.MultipleMatches>(result);
        Assert.Equal(2, multiple.Candidates.Length);
        Assert.Equal(404, result.HttpStatus);
        Assert.Equal(OperationOutcome.IssueType.MultipleMatches, result.IssueType);
    }

    [Fact]
    public void ResolvePerformers_NoPerformer_IsBadTarget()
    {
        Assert.IsType<TargetResolution.BadTarget>(Sample.ResolvePerformers(new ServiceRequest()));
    }

    [Fact]
    public void ResolvePerformers_OrganisationWithTwoServices_IsMultipleUnlessPerformerTypeNarrows()
    {
        using var folder = DirectoryFolder.FromSample();
        folder.Write("HealthcareService-mutual-aid-northside.json", """
            {"resourceType":"HealthcareService","id":"mutual-aid-northside","active":true,
             "providedBy":{"reference":"Organization/northside-cds"},
             "type":[{"coding":[{"system":"https://fhirrecovery.org.uk/fhir/CodeSystem/recovery-service-type","code":"mutual-aid"}]}],
             "endpoint":[{"reference":"Endpoint/mutual-aid-fhir"}]}
            """);
        folder.Write("Endpoint-mutual-aid-fhir.json", """
            {"resourceType":"Endpoint","id":"mutual-aid-fhir","status":"active",
             "connectionType":{"system":"http://terminology.hl7.org/CodeSystem/endpoint-connection-type","code":"hl7-fhir-rest"},
             "payloadType":[{"coding":[{"code":"Bundle"}]}],"address":"http://127.0.0.1:5112/fhir"}
            """);
        var resolver = new TargetResolver(new StaticDirectorySource(RoutingDirectoryLoader.Load(folder.Path).Directory!));
        var request = new ServiceRequest { Performer = [new ResourceReference { Identifier = new Identifier(DirectorySystems.OdsOrganizationCode, "FRD01") }] };

        Assert.IsType<TargetResolution.MultipleMatches>(resolver.ResolvePerformers(request));

        request.PerformerType = new CodeableConcept(DirectorySystems.RecoveryServiceType, RecoveryServiceTypes.MutualAid);
        var narrowed = Assert.IsType<TargetResolution.Resolved>(resolver.ResolvePerformers(request));
        Assert.Equal("mutual-aid-fhir", Assert.Single(narrowed.Endpoints).Id);
    }

    [Fact]
    public void ResolvePerformers_OrganisationWithoutServices_FallsBackToItsOwnEndpoint()
    {
        using var folder = DirectoryFolder.FromSample();
        folder.Delete("HealthcareService-gp-elm-tree.json");
        var resolver = new TargetResolver(new StaticDirectorySource(RoutingDirectoryLoader.Load(folder.Path).Directory!));

        var result = resolver.ResolvePerformers(new ServiceRequest { Performer = [new ResourceReference("Organization/elm-tree-surgery")] });

        Assert.Equal("elm-tree-surgery-fhir", Assert.Single(Assert.IsType<TargetResolution.Resolved>(result).Endpoints).Id);
    }

    [Fact]
    public void ResolvePerformers_InactiveEndpoint_IsNotFound()
    {
        using var folder = DirectoryFolder.FromSample();
        folder.Edit("Endpoint-elm-tree-surgery-fhir.json", e => e["status"] = "off");
        var resolver = new TargetResolver(new StaticDirectorySource(RoutingDirectoryLoader.Load(folder.Path).Directory!));

        var result = resolver.ResolvePerformers(new ServiceRequest { Performer = [new ResourceReference("Organization/elm-tree-surgery")] });

        Assert.IsType<TargetResolution.NotFound>(result);
    }

    [Fact]
    public void ResolveTargetHeader_ServiceWithRestAndMailboxEndpoints_PrefersRest()
    {
        using var folder = DirectoryFolder.FromSample();
        folder.Write("Endpoint-harbour-housing-fhir.json", """
            {"resourceType":"Endpoint","id":"harbour-housing-fhir","status":"active",
             "connectionType":{"system":"http://terminology.hl7.org/CodeSystem/endpoint-connection-type","code":"hl7-fhir-rest"},
             "managingOrganization":{"reference":"Organization/harbour-housing"},
             "payloadType":[{"coding":[{"code":"Bundle"}]}],"address":"http://127.0.0.1:5115/fhir"}
            """);
        folder.Edit("HealthcareService-housing-harbour.json", s =>
            s["endpoint"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject { ["reference"] = "Endpoint/harbour-housing-fhir" }));
        var resolver = new TargetResolver(new StaticDirectorySource(RoutingDirectoryLoader.Load(folder.Path).Directory!));

        var byService = resolver.ResolveTargetHeader(TargetHeader.Format(DirectorySystems.HealthcareServiceId, "housing-harbour"));
        var byOrganisation = resolver.ResolveTargetHeader(TargetHeader.Format(DirectorySystems.OdsOrganizationCode, "FRH01"));

        Assert.Equal("harbour-housing-fhir", Assert.Single(Assert.IsType<TargetResolution.Resolved>(byService).Endpoints).Id);
        Assert.Equal("harbour-housing-fhir", Assert.Single(Assert.IsType<TargetResolution.Resolved>(byOrganisation).Endpoints).Id);
    }

    [Theory]
    [InlineData("release-area-north", "northside-cds-fhir")]
    [InlineData("release-area-south", "southside-cds-fhir")]
    public void ResolveServiceType_DrugServiceForReleaseArea_PicksTheServiceCoveringIt(string area, string expectedEndpoint)
    {
        var result = Sample.ResolveServiceType(RecoveryServiceTypes.CommunityDrugService, area);

        Assert.Equal(expectedEndpoint, Assert.Single(Assert.IsType<TargetResolution.Resolved>(result).Endpoints).Id);
    }

    [Fact]
    public void ResolveServiceType_DrugServiceWithoutArea_IsMultipleMatches()
    {
        Assert.IsType<TargetResolution.MultipleMatches>(Sample.ResolveServiceType(RecoveryServiceTypes.CommunityDrugService));
    }

    [Fact]
    public void ResolveTargetHeader_AfterReload_UsesTheNewDirectory()
    {
        using var folder = DirectoryFolder.FromSample();
        using var source = FileDirectorySource.Open(folder.Path, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<FileDirectorySource>.Instance, TimeSpan.FromHours(1));
        var resolver = new TargetResolver(source);
        folder.Edit("Organization-elm-tree-surgery.json", o => o["identifier"]![0]!["value"] = "FRG02");
        Assert.True(source.Reload().Succeeded);

        Assert.IsType<TargetResolution.NotFound>(resolver.ResolveTargetHeader(TargetHeader.Format(DirectorySystems.OdsOrganizationCode, "FRG01")));
        Assert.IsType<TargetResolution.Resolved>(resolver.ResolveTargetHeader(TargetHeader.Format(DirectorySystems.OdsOrganizationCode, "FRG02")));
    }

    [Fact]
    public void ResolveTargetHeader_AnsweredBeforeAReload_IsAnsweredFromTheNewDirectoryAfterIt()
    {
        using var folder = DirectoryFolder.FromSample();
        using var source = FileDirectorySource.Open(folder.Path, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<FileDirectorySource>.Instance, TimeSpan.FromHours(1));
        var resolver = new TargetResolver(source);
        var header = TargetHeader.Format(DirectorySystems.OdsOrganizationCode, "FRG01");
        Assert.IsType<TargetResolution.Resolved>(resolver.ResolveTargetHeader(header));
        Assert.IsType<TargetResolution.Resolved>(resolver.ResolveTargetHeader(header));

        folder.Edit("Organization-elm-tree-surgery.json", o => o["identifier"]![0]!["value"] = "FRG02");
        Assert.True(source.Reload().Succeeded);

        Assert.IsType<TargetResolution.NotFound>(resolver.ResolveTargetHeader(header));
    }

    private static MessageHeader Header(params MessageHeader.MessageDestinationComponent[] destinations) =>
        new() { Destination = [.. destinations] };
}
