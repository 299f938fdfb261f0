using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks.Questionnaires;

/// <summary>The chain of (Questionnaire item, response item) pairs from the root to the item being validated:
/// enableWhen looks for the answers it depends on in the nearest response group that holds the question.
/// Immutable; pushing makes a new link.</summary>
internal sealed class ResponseStack
{
    public static readonly ResponseStack Empty = new(null, null, null);

    private ResponseStack(ResponseStack? parent, Questionnaire.ItemComponent? question, QuestionnaireResponse.ItemComponent? response)
    {
        Parent = parent;
        Question = question;
        Response = response;
    }

    public ResponseStack? Parent { get; }

    public Questionnaire.ItemComponent? Question { get; }

    public QuestionnaireResponse.ItemComponent? Response { get; }

    public ResponseStack Push(Questionnaire.ItemComponent question, QuestionnaireResponse.ItemComponent response) => new(this, question, response);

    /// <summary>The nearest response item answering <paramref name="question"/>, walking up the chain.</summary>
    public QuestionnaireResponse.ItemComponent? Find(Questionnaire.ItemComponent question)
    {
        for (var link = this; link is not null; link = link.Parent)
        {
            if (ReferenceEquals(link.Question, question))
            {
                return link.Response;
            }
        }

        return null;
    }
}
