using FhirRecovery.Gateway.Errors;
using FhirRecovery.Routing.Resolution;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Pathways;

/// <summary>
/// A release handover goes to the community drug service covering the person's release area (the custody episode's
/// release-area extension, a Location of the routing directory). The prison names the receiver in the MessageHeader
/// (the profile requires it); when the directory knows which drug service covers the release area and the named
/// receiver is not it, the handover is refused with 422 naming the right service, before anything is sent. A release
/// area the directory does not cover is left to the named receiver.
/// </summary>
internal sealed class ReleaseAreaRule(TargetResolver resolver)
{
    public const string ReleaseAreaUrl = PathwayCodes.Base + "StructureDefinition/release-area";
    private const string CommunityDrugService = "community-drug-service";

    public string? Problem(Bundle bundle, TargetResolution.Resolved named)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentNullException.ThrowIfNull(named);
        var episode = bundle.Entry.Select(e => e.Resource).OfType<EpisodeOfCare>().FirstOrDefault();
        var area = episode?.GetExtensionValue<ResourceReference>(ReleaseAreaUrl)?.Reference;
        if (area is null || !area.StartsWith("Location/", StringComparison.Ordinal))
        {
            return null;
        }

        var areaId = area["Location/".Length..];
        if (resolver.ResolveServiceType(CommunityDrugService, areaId) is not TargetResolution.Resolved covering
            || named.Endpoints.Any(e => covering.Endpoints.Any(c => c.Id == e.Id)))
        {
            return null;
        }

        var right = covering.Endpoints[0];
        return $"The release area {areaId} is covered by the community drug service of organisation {right.OrganizationId} " +
            $"(endpoint {right.Id}); this handover names another receiver. Address it to the service covering the release area.";
    }

    public static OperationOutcome Outcome(string problem) =>
        Outcomes.Error(OperationOutcome.IssueType.BusinessRule, problem, "Bundle.entry[0].resource.destination");
}
