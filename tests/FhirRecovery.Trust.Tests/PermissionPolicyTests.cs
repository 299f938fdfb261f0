using FhirRecovery.Trust.Permissions;

namespace FhirRecovery.Trust.Tests;

public sealed class PermissionPolicyTests
{
    private static readonly HashSet<string> s_serviceTypes =
        ["community-drug-service", "mental-health", "housing", "primary-care", "prison-healthcare", "employment-support"];

    private const string Sample = """
        {
          // prisons send release handovers to drug services
          "send": [
            { "fromServiceTypes": ["prison-healthcare"], "messageEvents": ["release-handover"], "toServiceTypes": ["community-drug-service"] },
            { "fromServiceTypes": ["community-drug-service"], "resourceTypes": ["ServiceRequest"], "toServiceTypes": ["mental-health", "housing", "employment-support"] },
            { "fromServiceTypes": ["primary-care"], "messageEvents": ["shared-care-update"], "toServiceTypes": ["community-drug-service"] }
          ],
          "read": [
            { "fromServiceTypes": ["primary-care"], "resourceTypes": ["CarePlan"], "ownerServiceTypes": ["community-drug-service"], "registeredPatientsOnly": true }
          ]
        }
        """;

    private static readonly SenderIdentity s_prison = new("YEA", new HashSet<string> { "prison-healthcare" });
    private static readonly SenderIdentity s_drugService = new("RDS01", new HashSet<string> { "community-drug-service" });
    private static readonly SenderIdentity s_gp = new("A81001", new HashSet<string> { "primary-care" });

    private static PermissionPolicy Policy()
    {
        var policy = PermissionPolicyLoader.Load(Sample, s_serviceTypes, out var problems);
        Assert.Empty(problems);
        return policy;
    }

    [Fact]
    public void CanSend_PrisonReleaseHandoverToDrugService_IsAllowed() =>
        Assert.True(Policy().CanSend(s_prison, "release-handover", "Bundle", "community-drug-service").Allowed);

    [Fact]
    public void CanSend_PrisonReleaseHandoverToHousing_IsDenied()
    {
        var decision = Policy().CanSend(s_prison, "release-handover", "Bundle", "housing");

        Assert.False(decision.Allowed);
        Assert.Contains("YEA", decision.Reason, StringComparison.Ordinal);
        Assert.Contains("housing", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void CanSend_DrugServiceReferralToMentalHealth_IsAllowedButGpReferralIsNot()
    {
        Assert.True(Policy().CanSend(s_drugService, null, "ServiceRequest", "mental-health").Allowed);
        Assert.False(Policy().CanSend(s_gp, null, "ServiceRequest", "mental-health").Allowed);
    }

    [Fact]
    public void CanRead_GpReadsCarePlan_OnlyForItsOwnRegisteredPatients()
    {
        Assert.True(Policy().CanRead(s_gp, "CarePlan", "community-drug-service", registeredPractice: "A81001").Allowed);
        Assert.False(Policy().CanRead(s_gp, "CarePlan", "community-drug-service", registeredPractice: "B99999").Allowed);
        Assert.False(Policy().CanRead(s_gp, "CarePlan", "community-drug-service", registeredPractice: null).Allowed);
        Assert.False(Policy().CanRead(s_gp, "MedicationStatement", "community-drug-service", registeredPractice: "A81001").Allowed);
    }

    [Fact]
    public void Load_BrokenRules_ReportsEveryProblemAtOnce()
    {
        const string broken = """
            { "send": [ { "toServiceTypes": ["hospice"] } ], "read": [ { "fromOrganisations": ["X"] } ] }
            """;

        PermissionPolicyLoader.Load(broken, s_serviceTypes, out var problems);

        Assert.Contains("send[0] names no sender (fromOrganisations or fromServiceTypes)", problems);
        Assert.Contains("send[0] grants nothing (messageEvents or resourceTypes)", problems);
        Assert.Contains("send[0] names unknown service type 'hospice'", problems);
        Assert.Contains("read[0] grants no resource type (resourceTypes)", problems);
        Assert.Contains("read[0] names no owning service type (ownerServiceTypes)", problems);
        Assert.Equal(5, problems.Count);
    }

    [Fact]
    public void Load_UnknownProperty_IsAProblemNotSilence()
    {
        PermissionPolicyLoader.Load("""{ "send": [], "raed": [] }""", s_serviceTypes, out var problems);

        Assert.Single(problems);
        Assert.Contains("raed", problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void CouldRead_GpCarePlanFromDrugService_IsAllowedPendingTheRegisteredPractice() =>
        Assert.True(Policy().CouldRead(s_gp, "CarePlan", "community-drug-service").Allowed);

    [Fact]
    public void CouldRead_DrugServiceCarePlanFromDrugService_IsDenied() =>
        Assert.False(Policy().CouldRead(s_drugService, "CarePlan", "community-drug-service").Allowed);

    [Fact]
    public void CanRead_GpWithoutAKnownRegisteredPractice_IsDenied() =>
        Assert.False(Policy().CanRead(s_gp, "CarePlan", "community-drug-service", null).Allowed);
}
