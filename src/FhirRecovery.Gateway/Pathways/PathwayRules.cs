using FhirRecovery.Gateway.Auth;
using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Gateway.Routing;
using FhirRecovery.Routing.Resolution;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Pathways;

/// <summary>The pathway rules a resolved message must meet before the trust gate: a release handover goes to the drug
/// service covering the release area; a shared-care update runs between the drug service and the registered practice.</summary>
internal sealed class PathwayRules(ReleaseAreaRule releaseArea, RegisteredPracticeRule registeredPractice, SenderOrganisations senders)
{
    /// <summary>The refusal to answer with, or null when the message may go on.</summary>
    public IResult? Check(HttpContext context, Bundle bundle, string? messageEvent, TargetResolution.Resolved resolved) => messageEvent switch
    {
        MessageEvents.ReleaseHandover when releaseArea.Problem(bundle, resolved) is { } problem =>
            FhirErrors.InvalidResource(ReleaseAreaRule.Outcome(problem)),
        MessageEvents.SharedCareUpdate when registeredPractice.Check(bundle, senders.Find(context.User)?.Organisation.Id, resolved) is { } refused =>
            new FhirResult(refused.Status, refused.Outcome),
        _ => null,
    };
}
