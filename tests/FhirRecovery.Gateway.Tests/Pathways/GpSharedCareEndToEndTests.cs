using System.Net;
using System.Text.Json.Nodes;
using FhirRecovery.Gateway.Tests.Infrastructure;

namespace FhirRecovery.Gateway.Tests.Pathways;

/// <summary>
/// GP shared care both ways through the real gateway (real tokens, real trust gate, receivers on loopback): Northside
/// (FRD01) to the person's registered practice Elm Tree (FRG01) and back; the person's consent to share enforced in both
/// directions; the registered practice rule. Consent tests use their own NHS numbers (consents persist in the store).
/// </summary>
public sealed class GpSharedCareEndToEndTests(PathwayTestbed bed) : IClassFixture<PathwayTestbed>
{
    private const string DrugService = "FRD01";
    private const string Practice = "FRG01";

    [Fact]
    public async Task ProcessMessage_DrugServiceToRegisteredPractice_RelayedWithTheGpsAnswer()
    {
        using var northside = bed.CreateClient(DrugService, "system/Bundle.c");
        var requestId = Guid.NewGuid().ToString("N");

        using var response = await PathwayHttp.PostMessageAsync(northside, PathwayExamples.Read("shared-care-update-jordan.json"), requestId);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains("received by gp", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var received = Assert.Single(bed["gp"].Received, r => r.RequestId == requestId);
        Assert.Contains("current-ost-jordan", received.Body, StringComparison.Ordinal);
        Assert.Contains("care-plan-jordan", received.Body, StringComparison.Ordinal);
        Assert.Contains("top-jordan-review", received.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessMessage_PracticeToDrugService_NewMedicinesAndConditionsRelayed()
    {
        using var practice = bed.CreateClient(Practice, "system/Bundle.c");
        var requestId = Guid.NewGuid().ToString("N");

        using var response = await PathwayHttp.PostMessageAsync(practice, PathwayExamples.Read("shared-care-update-from-gp-jordan.json"), requestId);

        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var received = Assert.Single(bed["northside"].Received, r => r.RequestId == requestId);
        Assert.Contains("gp-medicine-jordan", received.Body, StringComparison.Ordinal);
        Assert.Contains("gp-condition-jordan", received.Body, StringComparison.Ordinal);
        Assert.Equal(0, bed["gp"].CountOf(requestId));
    }

    [Fact]
    public async Task ProcessMessage_ConsentRefusesPrimaryCare_Is403AndNothingReachesTheGp()
    {
        const string person = "9990000085";
        using var northside = bed.CreateClient(DrugService, "system/Bundle.c", "system/Consent.c");
        await PathwayHttp.RegisterConsentAsync(northside, PathwayExamples.ConsentRefusing(person, "primary-care", "elm-tree-surgery"));
        var requestId = Guid.NewGuid().ToString("N");
        var update = PathwayExamples.ForPerson(PathwayExamples.Read("shared-care-update-jordan.json"), PathwayExamples.JordanNhsNumber, person);

        using var response = await PathwayHttp.PostMessageAsync(northside, update, requestId);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("forbidden", Assert.Single(FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(response, "OperationOutcome"))).Code);
        Assert.Equal(0, bed["gp"].CountOf(requestId));
    }

    [Fact]
    public async Task ProcessMessage_ConsentRefusesDrugService_GpUpdateIs403AndNothingReachesTheDrugService()
    {
        const string person = "9990000093";
        using var practice = bed.CreateClient(Practice, "system/Bundle.c", "system/Consent.c");
        await PathwayHttp.RegisterConsentAsync(practice, PathwayExamples.ConsentRefusing(person, "community-drug-service", "northside-cds"));
        var requestId = Guid.NewGuid().ToString("N");
        var update = PathwayExamples.ForPerson(PathwayExamples.Read("shared-care-update-from-gp-jordan.json"), PathwayExamples.JordanNhsNumber, person);

        using var response = await PathwayHttp.PostMessageAsync(practice, update, requestId);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, bed["northside"].CountOf(requestId));
    }

    [Fact]
    public async Task ProcessMessage_UpdateToAPracticeThePersonIsNotRegisteredWith_Is422NamingTheRegisteredOne()
    {
        using var northside = bed.CreateClient(DrugService, "system/Bundle.c");
        var requestId = Guid.NewGuid().ToString("N");

        using var response = await PathwayHttp.PostMessageAsync(northside, RegisteredWith("shared-care-update-jordan.json", "twin-services"), requestId);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var issue = Assert.Single(FhirHttp.Issues(await FhirHttp.ReadJsonResourceAsync(response, "OperationOutcome")));
        Assert.Equal("business-rule", issue.Code);
        Assert.Contains("twin-services", issue.Text, StringComparison.Ordinal);
        Assert.Equal(0, bed["gp"].CountOf(requestId));
    }

    [Fact]
    public async Task ProcessMessage_PracticeSendsAboutAPatientRegisteredElsewhere_Is403()
    {
        using var practice = bed.CreateClient(Practice, "system/Bundle.c");
        var requestId = Guid.NewGuid().ToString("N");

        using var response = await PathwayHttp.PostMessageAsync(practice, RegisteredWith("shared-care-update-from-gp-jordan.json", "twin-services"), requestId);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, bed["northside"].CountOf(requestId));
    }

    // The message with the person registered at another organisation of the test directory.
    private static string RegisteredWith(string file, string organizationId)
    {
        var bundle = JsonNode.Parse(PathwayExamples.Read(file))!;
        var patient = bundle["entry"]!.AsArray().First(e => e!["resource"]!["resourceType"]!.GetValue<string>() == "Patient")!["resource"]!;
        patient["generalPractitioner"] = new JsonArray(new JsonObject { ["reference"] = "Organization/" + organizationId });
        return bundle.ToJsonString();
    }
}
