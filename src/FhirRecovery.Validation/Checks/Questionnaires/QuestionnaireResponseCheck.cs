using FhirRecovery.Specification;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks.Questionnaires;

/// <summary>
/// Validates a QuestionnaireResponse against the Questionnaire its <c>questionnaire</c> canonical names (contained
/// "#id", or from the loaded packages), following the HL7 Java validator's QuestionnaireValidator: linkIds, item
/// order and nesting, answer types, answer options and value sets, repeats, required items and enableWhen. A
/// Questionnaire that cannot be found is a warning (information on example.org), never an error.
/// </summary>
internal sealed class QuestionnaireResponseCheck(FhirPackageCatalog catalog) : IElementCheck
{
    public void Check(Base value, ElementPath path, ValidationRun run)
    {
        if (value is not QuestionnaireResponse response)
        {
            return;
        }

        var canonical = response.QuestionnaireElement?.Value;
        if (string.IsNullOrEmpty(canonical))
        {
            run.Findings.Information(OperationOutcome.IssueType.Required, path,
                "No questionnaire is identified, so no validation can be performed against the base questionnaire.");
            return;
        }

        if (Resolve(response, canonical) is not { } questionnaire)
        {
            var message = $"The questionnaire '{canonical}' could not be resolved, so no validation can be performed against the base questionnaire.";
            if (canonical.StartsWith("http://example.org", StringComparison.Ordinal) || canonical.StartsWith("https://example.org", StringComparison.Ordinal))
            {
                run.Findings.Information(OperationOutcome.IssueType.Required, path.Append(".questionnaire"), message);
            }
            else
            {
                run.Findings.Warning(OperationOutcome.IssueType.Required, path.Append(".questionnaire"), message);
            }

            return;
        }

        var inProgress = response.StatusElement?.JsonValue as string == "in-progress";
        var walk = new ResponseItemWalk(QuestionnaireTree.Of(questionnaire), new AnswerRules(questionnaire, catalog.Terminology), response, inProgress, run);
        walk.Items(questionnaire.Item, response.Item, path.Expression, ResponseStack.Empty);
    }

    private Questionnaire? Resolve(QuestionnaireResponse response, string canonical)
    {
        if (canonical.StartsWith('#'))
        {
            var id = canonical[1..];
            return response.Contained.OfType<Questionnaire>().FirstOrDefault(q => q.Id == id);
        }

        return catalog.ResourceTypeOf(canonical) == "Questionnaire" ? catalog.Resolve(canonical) as Questionnaire : null;
    }
}
