using FhirRecovery.Specification.Terminology;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks.Questionnaires;

/// <summary>
/// One answer against its Questionnaire item: the answer's type must be the item type's (text takes a string,
/// url a uri; choice and open-choice take Coding, date, time, integer or string), and a choice answer must be one
/// of the answerOptions of its type, or in the answerValueSet when that can be expanded locally. Open-choice is
/// judged as choice (the Java validator's R4 behaviour), except that a Coding with only a display passes a value
/// set. A value set we cannot expand is never an error.
/// </summary>
internal sealed class AnswerRules(Questionnaire questionnaire, LocalTerminology terminology)
{
    private static readonly string[] ChoiceTypes = ["Coding", "date", "time", "integer", "string"];

    public void Check(Questionnaire.ItemComponent question, string? itemType, QuestionnaireResponse.AnswerComponent answer, string expression, ValidationRun run)
    {
        if (answer.Value is not { } value || AllowedTypes(itemType) is not { } allowed)
        {
            return;
        }

        var valueExpression = expression + ".value" + char.ToUpperInvariant(value.TypeName[0]) + value.TypeName[1..];
        if (Array.IndexOf(allowed, value.TypeName) < 0)
        {
            run.Findings.Error(OperationOutcome.IssueType.Structure, valueExpression, allowed.Length == 1
                ? $"Answer value must be of type {allowed[0]} (item '{question.LinkId}' is of type {itemType})."
                : $"Answer value must be one of the types {string.Join(", ", allowed)} (item '{question.LinkId}' is of type {itemType}).");
            return;
        }

        if (itemType is "choice" or "open-choice")
        {
            var openChoice = itemType == "open-choice";
            if (value is Coding coding)
            {
                CheckCoding(question, coding, openChoice, valueExpression, run);
            }
            else
            {
                // As the Java validator does (it reads R4 open-choice as a choice): a free-text string must still be one of
                // the string options; fhir-test-cases 'qr' (R4) expects "Option list has no option values of type string".
                CheckOption(question, value, valueExpression, run);
            }
        }
    }

    private static string[]? AllowedTypes(string? itemType) => itemType switch
    {
        "boolean" or "decimal" or "integer" or "date" or "dateTime" or "time" or "string" => [itemType],
        "text" => ["string"],
        "url" => ["uri"],
        "attachment" => ["Attachment"],
        "reference" => ["Reference"],
        "quantity" => ["Quantity"],
        "choice" or "open-choice" => ChoiceTypes,
        _ => null, // group (reported by the walk), display, question: no answer type to check
    };

    private void CheckCoding(Questionnaire.ItemComponent question, Coding coding, bool openChoice, string expression, ValidationRun run)
    {
        if (question.AnswerOption.Count > 0)
        {
            CheckOption(question, coding, expression, run);
        }
        else if (question.AnswerValueSet is { } valueSet)
        {
            CheckValueSet(valueSet, coding, openChoice, expression, run);
        }
        else
        {
            run.Findings.Information(OperationOutcome.IssueType.Structure, expression,
                $"Cannot validate options because no option or options are provided (item '{question.LinkId}').");
        }
    }

    private static void CheckOption(Questionnaire.ItemComponent question, DataType value, string expression, ValidationRun run)
    {
        if (question.AnswerOption.Count == 0)
        {
            run.Findings.Information(OperationOutcome.IssueType.Structure, expression,
                $"Cannot validate {value.TypeName} answer because no option list is provided (item '{question.LinkId}').");
            return;
        }

        var sameType = question.AnswerOption.Select(o => o.Value).Where(o => o is not null && o.TypeName == value.TypeName).ToList();
        if (sameType.Count == 0)
        {
            run.Findings.Error(OperationOutcome.IssueType.Structure, expression,
                $"Option list has no option values of type {value.TypeName} (item '{question.LinkId}').");
        }
        else if (!sameType.Any(option => Matches(option!, value)))
        {
            run.Findings.Error(OperationOutcome.IssueType.Structure, expression, value is Coding coding
                ? $"The code {coding.System}::{coding.Code} is not a valid option (item '{question.LinkId}')."
                : $"The {value.TypeName} {(value as PrimitiveType)?.JsonValue} is not a valid option (item '{question.LinkId}').");
        }
    }

    private static bool Matches(DataType option, DataType value) => (option, value) switch
    {
        (Coding o, Coding v) => o.System == v.System && o.Code == v.Code,
        (Integer o, Integer v) => o.Value == v.Value,
        (PrimitiveType o, PrimitiveType v) => Equals(o.JsonValue, v.JsonValue),
        _ => false,
    };

    private void CheckValueSet(string valueSet, Coding coding, bool openChoice, string expression, ValidationRun run)
    {
        if (openChoice && coding.Code is null && coding.System is null)
        {
            return; // free text given as a display only
        }

        if (valueSet.StartsWith('#'))
        {
            run.Findings.Information(OperationOutcome.IssueType.Informational, expression,
                $"The answer was not checked against the contained value set '{valueSet}'.");
            return;
        }

        var expansion = terminology.Expand(valueSet);
        if (expansion is null)
        {
            run.Findings.Warning(OperationOutcome.IssueType.CodeInvalid, expression, $"The value set '{valueSet}' of {questionnaire.Url} could not be found.");
        }
        else if (!expansion.IsComplete || coding.System is null || coding.Code is null)
        {
            run.Findings.Information(OperationOutcome.IssueType.Informational, expression,
                $"The answer could not be checked against the value set '{valueSet}' locally ({expansion.IncompleteReason ?? "the coding has no system or code"}).");
        }
        else if (!expansion.Contains(coding.System, coding.Code))
        {
            run.Findings.Error(OperationOutcome.IssueType.CodeInvalid, expression,
                $"The code {coding.System}::{coding.Code} is not a valid option: it is not in the value set '{valueSet}'.");
        }
    }
}
