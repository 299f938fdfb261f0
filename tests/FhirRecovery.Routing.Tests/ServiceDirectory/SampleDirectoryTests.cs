using FhirRecovery.Routing.ServiceDirectory;
using FhirRecovery.Routing.Tests.Support;

namespace FhirRecovery.Routing.Tests.ServiceDirectory;

public sealed class SampleDirectoryTests
{
    [Fact]
    public void Load_SampleDeployment_HasNoProblems()
    {
        var result = RoutingDirectoryLoader.Load(DirectoryFolder.SamplePath);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        Assert.Equal(7, result.Directory.Organizations.Length);
        Assert.Equal(7, result.Directory.Services.Length);
        Assert.Equal(7, result.Directory.Endpoints.Length);
    }

    [Fact]
    public void Load_SampleDeployment_CoversEveryServiceTypeTheBriefNames()
    {
        var directory = RoutingDirectoryLoader.Load(DirectoryFolder.SamplePath).Directory!;

        var types = directory.Services.SelectMany(s => s.ServiceTypes).ToHashSet();
        string[] expected =
        [
            RecoveryServiceTypes.PrisonHealthcare, RecoveryServiceTypes.CommunityDrugService, RecoveryServiceTypes.MentalHealth,
            RecoveryServiceTypes.Housing, RecoveryServiceTypes.EmploymentSupport, RecoveryServiceTypes.PrimaryCare,
        ];
        Assert.All(expected, t => Assert.Contains(t, types));
        Assert.Equal(2, directory.Services.Count(s => s.ServiceTypes.Contains(RecoveryServiceTypes.CommunityDrugService)));
    }

    [Fact]
    public void Load_SampleHousingProvider_HasOnlyAMailboxEndpoint()
    {
        var directory = RoutingDirectoryLoader.Load(DirectoryFolder.SamplePath).Directory!;

        var housing = directory.FindOrganizationByOdsCode("FRH01");
        Assert.NotNull(housing);
        var endpoint = directory.FindEndpoint(Assert.Single(housing.EndpointIds));
        Assert.Equal(EndpointConnectionType.FhirMailbox, endpoint!.ConnectionType);
        Assert.Equal(housing.Id, endpoint.OrganizationId);
    }

    [Fact]
    public void Load_SampleDrugServices_CoverDifferentReleaseAreas()
    {
        var directory = RoutingDirectoryLoader.Load(DirectoryFolder.SamplePath).Directory!;

        var areas = directory.Services
            .Where(s => s.ServiceTypes.Contains(RecoveryServiceTypes.CommunityDrugService))
            .Select(s => Assert.Single(s.CoverageAreaIds))
            .ToList();
        Assert.Equal(2, areas.Distinct().Count());
    }

    [Fact]
    public void FindEndpointByAddress_TrailingSlashAndCase_FindsTheSameEndpoint()
    {
        var directory = RoutingDirectoryLoader.Load(DirectoryFolder.SamplePath).Directory!;

        var endpoint = directory.FindEndpointByAddress(new Uri("HTTP://127.0.0.1:5102/fhir/"));

        Assert.Equal("northside-cds-fhir", endpoint?.Id);
    }
}
