using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>The value equals the profile's fixed value, or contains its pattern (see <see cref="ValueMatcher"/>).</summary>
internal sealed class FixedPatternCheck(string elementPath, Base expected, bool exact) : IElementCheck
{
    private readonly string _description = ValueMatcher.Describe(expected);

    public void Check(Base value, ElementPath path, ValidationRun run)
    {
        if (!ValueMatcher.Matches(value, expected, exact))
        {
            run.Findings.Error(OperationOutcome.IssueType.Value, path, exact
                ? $"{elementPath} must be exactly {_description}."
                : $"{elementPath} must match the pattern {_description}.");
        }
    }
}
