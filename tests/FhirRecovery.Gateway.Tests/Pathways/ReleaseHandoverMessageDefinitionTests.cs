using System.Text;
using FhirRecovery.Gateway.Definitions;
using FhirRecovery.Gateway.Routing;
using FhirRecovery.Gateway.Tests.Infrastructure;
using FhirRecovery.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace FhirRecovery.Gateway.Tests.Pathways;

/// <summary>
/// The pathways' MessageDefinitions (conformance/pathways, release handover, its acknowledgement and the GP shared-care
/// update) parse, pass the gateway's own validator, and name event codes and profiles that exist in the IG package and
/// in the gateway's profile policy. The sample messages the walk-throughs post pass the same validation as the gateway
/// applies to them.
/// </summary>
[Collection(GatewayTestGroup.Name)]
public sealed class ReleaseHandoverMessageDefinitionTests(GatewayFixture fixture)
{
    private const string EventSystem = "https://fhirrecovery.org.uk/fhir/CodeSystem/message-event";
    private const string MessageDefinitionBase = "https://fhirrecovery.org.uk/fhir/MessageDefinition/";

    private static readonly string[] _definitionFiles =
    [
        "MessageDefinition-release-handover.json",
        "MessageDefinition-release-handover-acknowledgement.json",
        "MessageDefinition-shared-care-update.json",
    ];

    public static TheoryData<string> Definitions => [.. _definitionFiles];

    public static TheoryData<string> SampleMessages => new()
    {
        "release-handover-alex.json",
        "release-handover-acknowledgement-alex.json",
        "shared-care-update-jordan.json",
        "shared-care-update-from-gp-jordan.json",
        "shared-care-update-review-overdue-jordan.json",
    };

    [Theory]
    [MemberData(nameof(Definitions))]
    public void MessageDefinition_ParsesAndValidates_WithoutErrors(string file)
    {
        var text = PathwayExamples.ConformanceFile(file);
        var definition = new FhirJsonDeserializer().Deserialize<MessageDefinition>(text);

        var result = Loaded().Validator.Validate(Encoding.UTF8.GetBytes(text), FhirFormat.Json, ValidationRequest.Base);

        Assert.False(result.HasErrors, string.Join("\n", result.Outcome.Issue.Select(i => $"{i.Severity} {i.Details?.Text ?? i.Diagnostics}")));
        Assert.Equal(MessageDefinitionBase + definition.Id, definition.Url);
    }

    [Theory]
    [MemberData(nameof(Definitions))]
    public void MessageDefinition_EventAndProfiles_ExistInTheGuideAndThePolicy(string file)
    {
        var definition = new FhirJsonDeserializer().Deserialize<MessageDefinition>(PathwayExamples.ConformanceFile(file));
        var catalog = Loaded().Catalog;
        var events = Assert.IsType<CodeSystem>(catalog.Resolve(EventSystem));
        var coding = Assert.IsType<Coding>(definition.Event);

        Assert.Equal(EventSystem, coding.System);
        Assert.Contains(events.Concept, c => c.Code == coding.Code);
        Assert.All(definition.Focus.Where(f => f.Profile is not null), f => Assert.True(catalog.Contains(f.Profile!), $"{f.Profile} is not in the guide"));
        Assert.All(ProfilePolicy.ForMessageEvent(coding.Code!), profile =>
        {
            Assert.True(catalog.Contains(profile), $"{profile} is not in the guide");
            Assert.Contains(profile, definition.Description, StringComparison.Ordinal);
        });
        var known = _definitionFiles.Select(d => MessageDefinitionBase + d["MessageDefinition-".Length..^".json".Length]).ToList();
        Assert.All(definition.AllowedResponse, r => Assert.Contains(r.Message, known));
    }

    [Fact]
    public void MessageDefinitions_TheTwoMessageEventsWithBundleProfiles_AreDefined()
    {
        Assert.NotEmpty(ProfilePolicy.ForMessageEvent(MessageEvents.ReleaseHandover));
        Assert.NotEmpty(ProfilePolicy.ForMessageEvent(MessageEvents.SharedCareUpdate));
        var events = _definitionFiles.Select(d => new FhirJsonDeserializer().Deserialize<MessageDefinition>(PathwayExamples.ConformanceFile(d)))
            .Select(d => ((Coding)d.Event).Code).ToList();
        Assert.Contains(MessageEvents.ReleaseHandover, events);
        Assert.Contains(MessageEvents.SharedCareUpdate, events);
    }

    [Theory]
    [MemberData(nameof(SampleMessages))]
    public void SampleMessage_PassesTheGatewaysValidationForItsEvent(string file)
    {
        var text = PathwayExamples.Read(file);
        var bundle = new FhirJsonDeserializer().Deserialize<Bundle>(text);
        var eventCode = ((Coding)((MessageHeader)bundle.Entry[0].Resource!).Event).Code!;

        var result = Loaded().Validator.Validate(Encoding.UTF8.GetBytes(text), FhirFormat.Json, new ValidationRequest(ProfilePolicy.ForMessageEvent(eventCode)));

        Assert.False(result.HasErrors, string.Join("\n", result.Outcome.Issue.Select(i => $"{i.Severity} {i.Details?.Text ?? i.Diagnostics}")));
    }

    private LoadedDefinitions Loaded() =>
        fixture.Host.App.Services.GetRequiredService<DefinitionsState>().Ready ?? throw new InvalidOperationException("The definitions are not loaded.");
}
