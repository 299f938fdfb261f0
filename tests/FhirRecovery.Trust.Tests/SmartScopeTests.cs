using FhirRecovery.Trust.Scopes;

namespace FhirRecovery.Trust.Tests;

public sealed class SmartScopeTests
{
    [Theory]
    [InlineData("system/ServiceRequest.c", "ServiceRequest", FhirInteraction.Create)]
    [InlineData("system/CarePlan.rs", "CarePlan", FhirInteraction.Read | FhirInteraction.Search)]
    [InlineData("system/*.cruds", "*", FhirInteraction.All)]
    [InlineData("system/Patient.read", "Patient", FhirInteraction.Read | FhirInteraction.Search)]
    [InlineData("system/Task.write", "Task", FhirInteraction.Create | FhirInteraction.Update | FhirInteraction.Delete)]
    [InlineData("system/Bundle.*", "Bundle", FhirInteraction.All)]
    public void TryParse_SystemScope_ReadsTypeAndInteractions(string text, string type, FhirInteraction interactions)
    {
        Assert.True(SmartScope.TryParse(text, out var scope));
        Assert.Equal(type, scope.ResourceType);
        Assert.Equal(interactions, scope.Interactions);
    }

    [Theory]
    [InlineData("patient/CarePlan.rs")]
    [InlineData("user/CarePlan.rs")]
    [InlineData("system/CarePlan")]
    [InlineData("system/CarePlan.")]
    [InlineData("system/carePlan.r")]
    [InlineData("system/CarePlan.sr")]
    [InlineData("system/CarePlan.rr")]
    [InlineData("system/CarePlan.x")]
    [InlineData("system/Observation.rs?category=laboratory")]
    [InlineData("openid")]
    public void TryParse_NotASystemScope_IsRefused(string text) => Assert.False(SmartScope.TryParse(text, out _));

    [Fact]
    public void Allows_ScopeSetFromClaim_GrantsOnlyWhatItNames()
    {
        var set = SmartScopeSet.Parse(["system/ServiceRequest.c system/CarePlan.rs", "openid"]);

        Assert.True(set.Allows("ServiceRequest", FhirInteraction.Create));
        Assert.True(set.Allows("CarePlan", FhirInteraction.Search));
        Assert.False(set.Allows("ServiceRequest", FhirInteraction.Read));
        Assert.False(set.Allows("CarePlan", FhirInteraction.Update));
        Assert.False(set.Allows("Patient", FhirInteraction.Read));
    }

    [Fact]
    public void Required_NamesTheMissingScope() =>
        Assert.Equal("system/Task.u", SmartScopeSet.Required("Task", FhirInteraction.Update));
}
