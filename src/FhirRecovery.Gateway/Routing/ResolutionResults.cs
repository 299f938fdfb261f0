using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Routing.Resolution;

namespace FhirRecovery.Gateway.Routing;

/// <summary>The one mapping from a failed target resolution to its answer: 400 invalid, 404 not-found,
/// 404 multiple-matches (listing the candidate endpoints by id, which are not patient data).</summary>
internal static class ResolutionResults
{
    public static FhirResult Refusal(TargetResolution resolution)
    {
        ArgumentNullException.ThrowIfNull(resolution);
        var text = resolution switch
        {
            TargetResolution.BadTarget bad => bad.Reason,
            TargetResolution.NotFound missing => missing.Reason,
            TargetResolution.MultipleMatches several =>
                $"{several.Reason} Candidates: {string.Join(", ", several.Candidates.Select(c => c.Id))}.",
            _ => "The target could not be resolved.",
        };
        return new FhirResult(resolution.HttpStatus, Outcomes.Error(resolution.IssueType, text));
    }
}
