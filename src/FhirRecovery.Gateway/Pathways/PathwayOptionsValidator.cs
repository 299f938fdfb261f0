using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Pathways;

/// <summary>Checks the pathway settings whole and reports every problem at once.</summary>
internal sealed class PathwayOptionsValidator : IValidateOptions<PathwayOptions>
{
    // Longer than any sensible notice: a handover is sent in the weeks before release, not months.
    private static readonly TimeSpan _maxLead = TimeSpan.FromDays(28);

    public ValidateOptionsResult Validate(string? name, PathwayOptions options)
    {
        var problems = new List<string>();
        if (options.HandoverAcknowledgementLead <= TimeSpan.Zero || options.HandoverAcknowledgementLead > _maxLead)
        {
            problems.Add("FhirRecovery:Pathways:HandoverAcknowledgementLead must be positive and at most 28 days.");
        }

        if (options.SweepInterval <= TimeSpan.Zero || options.SweepInterval > TimeSpan.FromHours(1))
        {
            problems.Add("FhirRecovery:Pathways:SweepInterval must be positive and at most one hour.");
        }

        if (string.IsNullOrWhiteSpace(options.SqlitePath))
        {
            problems.Add("FhirRecovery:Pathways:SqlitePath is required.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
