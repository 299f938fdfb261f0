using System.Runtime.CompilerServices;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks.Questionnaires;

/// <summary>A Questionnaire's items by linkId and each item's parent, built once per Questionnaire instance (the
/// catalog shares one parsed POCO per canonical) and kept as long as the Questionnaire lives.</summary>
internal sealed class QuestionnaireTree
{
    private static readonly ConditionalWeakTable<Questionnaire, QuestionnaireTree> Trees = [];

    private readonly Dictionary<string, Questionnaire.ItemComponent> _byLinkId = new(StringComparer.Ordinal);
    private readonly Dictionary<Questionnaire.ItemComponent, Questionnaire.ItemComponent> _parents = new(ReferenceEqualityComparer.Instance);

    private QuestionnaireTree(Questionnaire questionnaire) => Index(questionnaire.Item, null);

    public static QuestionnaireTree Of(Questionnaire questionnaire) => Trees.GetValue(questionnaire, q => new QuestionnaireTree(q));

    /// <summary>The first item with this linkId in document order (as the Java validator finds it); null if none.</summary>
    public Questionnaire.ItemComponent? Find(string linkId) => _byLinkId.GetValueOrDefault(linkId);

    /// <summary>The deepest item that contains both items; null when only the Questionnaire itself does.</summary>
    public Questionnaire.ItemComponent? CommonGroup(Questionnaire.ItemComponent first, Questionnaire.ItemComponent second)
    {
        var ancestors = new HashSet<Questionnaire.ItemComponent>(ReferenceEqualityComparer.Instance);
        for (var item = Parent(first); item is not null; item = Parent(item))
        {
            ancestors.Add(item);
        }

        for (var item = Parent(second); item is not null; item = Parent(item))
        {
            if (ancestors.Contains(item))
            {
                return item;
            }
        }

        return null;
    }

    private Questionnaire.ItemComponent? Parent(Questionnaire.ItemComponent item) => _parents.GetValueOrDefault(item);

    private void Index(List<Questionnaire.ItemComponent> items, Questionnaire.ItemComponent? parent)
    {
        foreach (var item in items)
        {
            if (item.LinkId is { } linkId)
            {
                _byLinkId.TryAdd(linkId, item);
            }

            if (parent is not null)
            {
                _parents[item] = parent;
            }

            Index(item.Item, item);
        }
    }
}
