using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks.Questionnaires;

/// <summary>
/// Matches the items of a response to the items of its Questionnaire, level by level, with the Java validator's
/// rules: an unknown linkId, an item in the wrong place or out of order, an answered item that is not enabled,
/// repeats, required items (an error when the response is completed, a warning while in progress; never when
/// enableWhen cannot be evaluated), answers on groups and items under questions. One walk per validation.
/// </summary>
internal sealed class ResponseItemWalk(QuestionnaireTree tree, AnswerRules answers, QuestionnaireResponse response, bool inProgress, ValidationRun run)
{
    private readonly EnableWhenEvaluator _enableWhen = new(tree, response);

    public void Items(List<Questionnaire.ItemComponent> questions, List<QuestionnaireResponse.ItemComponent> items, string parentExpression, ResponseStack stack)
    {
        Dictionary<string, List<(QuestionnaireResponse.ItemComponent Item, int Index)>>? answered = null;
        var lastIndex = -1;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var itemExpression = $"{parentExpression}.item[{i}]";
            if (string.IsNullOrEmpty(item.LinkId))
            {
                continue; // linkId is 1..1: the cardinality check reports it
            }

            var index = questions.FindIndex(q => q.LinkId == item.LinkId);
            if (index < 0)
            {
                if (tree.Find(item.LinkId) is { } elsewhere)
                {
                    run.Findings.Error(OperationOutcome.IssueType.Structure, itemExpression, $"Structural Error: item with linkid {item.LinkId} is in the wrong place.");
                    Item(elsewhere, item, itemExpression, stack.Push(elsewhere, item));
                }
                else
                {
                    run.Findings.Error(OperationOutcome.IssueType.NotFound, itemExpression, $"LinkId '{item.LinkId}' not found in questionnaire.");
                }

                continue;
            }

            if (index < lastIndex)
            {
                run.Findings.Error(OperationOutcome.IssueType.Structure, itemExpression, $"Structural Error: items are out of order (linkId '{item.LinkId}').");
            }

            lastIndex = index;
            // An item with neither answers nor items counts as absent (for required items and enableWhen), as in Java.
            if (item.Answer.Count > 0 || item.Item.Count > 0)
            {
                answered ??= new(StringComparer.Ordinal);
                if (!answered.TryGetValue(item.LinkId, out var list))
                {
                    answered[item.LinkId] = list = [];
                }

                list.Add((item, i));
            }
        }

        foreach (var question in questions)
        {
            var enabled = _enableWhen.IsEnabled(question, stack);
            if (question.LinkId is { } linkId && answered?.GetValueOrDefault(linkId) is { } present)
            {
                Present(question, present, enabled, parentExpression, stack);
            }
            else if (enabled == Tristate.True && question.Required == true)
            {
                Missing(question, parentExpression);
            }
        }
    }

    private void Present(Questionnaire.ItemComponent question, List<(QuestionnaireResponse.ItemComponent Item, int Index)> present, Tristate enabled, string parentExpression, ResponseStack stack)
    {
        if (present.Count > 1 && question.Repeats != true)
        {
            run.Findings.Error(OperationOutcome.IssueType.Invalid, $"{parentExpression}.item[{present[1].Index}]",
                $"Only one response item with this linkId allowed - {question.LinkId} (found {present.Count}; the item does not repeat).");
        }

        foreach (var (item, index) in present)
        {
            var itemExpression = $"{parentExpression}.item[{index}]";
            if (enabled == Tristate.False)
            {
                run.Findings.Error(OperationOutcome.IssueType.Invalid, itemExpression, $"Item has answer, even though it is not enabled (item id = '{question.LinkId}').");
            }

            Item(question, item, itemExpression, stack.Push(question, item));
        }
    }

    private void Missing(Questionnaire.ItemComponent question, string parentExpression)
    {
        var message = $"No response found for required item with id = '{question.LinkId}'.";
        if (inProgress)
        {
            run.Findings.Warning(OperationOutcome.IssueType.Required, parentExpression, message);
        }
        else
        {
            run.Findings.Error(OperationOutcome.IssueType.Required, parentExpression, message);
        }
    }

    private void Item(Questionnaire.ItemComponent question, QuestionnaireResponse.ItemComponent item, string expression, ResponseStack stack)
    {
        if (!string.IsNullOrEmpty(item.Text) && item.Text != question.Text)
        {
            run.Findings.Error(OperationOutcome.IssueType.Invalid, expression + ".text",
                $"If text exists, it must match the questionnaire definition for linkId {question.LinkId}.");
        }

        var type = question.TypeElement?.JsonValue as string;
        var isGroup = type == "group";
        if (item.Answer.Count == 0 && question.Required == true && !isGroup)
        {
            if (inProgress)
            {
                run.Findings.Warning(OperationOutcome.IssueType.Required, expression, $"No response answer found for required item with id = '{question.LinkId}'.");
            }
            else if (_enableWhen.IsEnabled(question, stack) == Tristate.True)
            {
                run.Findings.Error(OperationOutcome.IssueType.Required, expression, $"No response answer found for required item with id = '{question.LinkId}'.");
            }
        }

        if (item.Answer.Count > 1 && question.Repeats != true)
        {
            run.Findings.Error(OperationOutcome.IssueType.Invalid, expression + ".answer[1]",
                $"Only one response answer item with this linkId allowed ({question.LinkId} does not repeat).");
        }

        for (var a = 0; a < item.Answer.Count; a++)
        {
            var answer = item.Answer[a];
            var answerExpression = $"{expression}.answer[{a}]";
            if (isGroup)
            {
                run.Findings.Error(OperationOutcome.IssueType.Structure, answerExpression, $"Items of type group should not have answers (linkId {question.LinkId}).");
                continue;
            }

            answers.Check(question, type, answer, answerExpression, run);
            Items(question.Item, answer.Item, answerExpression, stack);
        }

        if (isGroup)
        {
            Items(question.Item, item.Item, expression, stack);
        }
        else if (item.Item.Count > 0)
        {
            run.Findings.Error(OperationOutcome.IssueType.Structure, expression + ".item[0]", type == "display"
                ? $"Items of type display should not have items - linkId {question.LinkId}."
                : $"Items not of type group should not have items outside answers (use answer.item not .item) - linkId {question.LinkId}.");
        }
    }
}
