using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks.Questionnaires;

/// <summary>
/// Evaluates Questionnaire.item.enableWhen on a response as the Java validator does: the answers to the question a
/// condition names are looked for in the nearest response group that corresponds to the Questionnaire group holding
/// both items (the whole response when only the Questionnaire holds both); "exists" compares presence, the other
/// operators are true when any answer satisfies them; enableBehavior "any" (or a single condition) needs one
/// true condition, "all" needs every one; several conditions without enableBehavior enable the item. Anything we
/// cannot evaluate (enableWhenExpression, mismatched types, operators a type has no order for) is unknown.
/// </summary>
internal sealed class EnableWhenEvaluator(QuestionnaireTree tree, QuestionnaireResponse response)
{
    private const string EnableWhenExpression = "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression";

    public Tristate IsEnabled(Questionnaire.ItemComponent question, ResponseStack stack)
    {
        if (question.Extension.Any(e => e.Url == EnableWhenExpression))
        {
            return Tristate.Unknown;
        }

        if (question.EnableWhen.Count == 0)
        {
            return Tristate.True;
        }

        var behaviour = question.EnableBehaviorElement?.JsonValue as string;
        if (question.EnableWhen.Count > 1 && behaviour is null)
        {
            return Tristate.True;
        }

        var any = behaviour == "any" || question.EnableWhen.Count == 1;
        var sawUnknown = false;
        foreach (var condition in question.EnableWhen)
        {
            var result = Evaluate(condition, question, stack);
            if (result == Tristate.Unknown)
            {
                sawUnknown = true;
            }
            else if ((result == Tristate.True) == any)
            {
                return result; // any: one true decides; all: one false decides
            }
        }

        return sawUnknown ? Tristate.Unknown : any ? Tristate.False : Tristate.True;
    }

    private Tristate Evaluate(Questionnaire.EnableWhenComponent condition, Questionnaire.ItemComponent question, ResponseStack stack)
    {
        var values = Answers(condition.Question, question, stack);
        var op = condition.OperatorElement?.JsonValue as string;
        if (op == "exists")
        {
            return condition.Answer is FhirBoolean { Value: { } expected } ? ToTristate(expected != (values.Count == 0)) : Tristate.Unknown;
        }

        if (op is null || condition.Answer is null)
        {
            return Tristate.Unknown;
        }

        var sawUnknown = false;
        foreach (var value in values)
        {
            var result = AnswerComparison.Compare(value, condition.Answer, op);
            if (result == Tristate.True)
            {
                return Tristate.True;
            }

            sawUnknown |= result == Tristate.Unknown;
        }

        return sawUnknown ? Tristate.Unknown : Tristate.False;
    }

    private List<DataType> Answers(string? linkId, Questionnaire.ItemComponent source, ResponseStack stack)
    {
        var values = new List<DataType>();
        if (linkId is null || tree.Find(linkId) is not { } target)
        {
            return values;
        }

        if (tree.CommonGroup(source, target) is not { } group)
        {
            Collect(response.Item, linkId, values);
        }
        else if (stack.Find(group) is { } groupResponse)
        {
            Collect(groupResponse.Item, linkId, values);
            if (groupResponse.LinkId == linkId)
            {
                AddValues(groupResponse, values);
            }
        }

        return values;
    }

    private static void Collect(List<QuestionnaireResponse.ItemComponent> items, string linkId, List<DataType> values)
    {
        foreach (var item in items)
        {
            if (item.LinkId == linkId)
            {
                AddValues(item, values);
            }

            Collect(item.Item, linkId, values);
        }
    }

    private static void AddValues(QuestionnaireResponse.ItemComponent item, List<DataType> values)
    {
        foreach (var answer in item.Answer)
        {
            if (answer.Value is { } value)
            {
                values.Add(value);
            }
        }
    }

    private static Tristate ToTristate(bool value) => value ? Tristate.True : Tristate.False;
}
