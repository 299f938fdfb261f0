using System.Collections;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Reading;

/// <summary>
/// Removes the null items a lenient read leaves in lists for JSON nulls (<c>"entry": [null]</c>). The reader has
/// reported each one; the checks and the SDK's FHIRPath expect lists of values and would fail on them.
/// Runs only when the reader found problems, so a clean body pays nothing.
/// </summary>
internal static class NullItemRemover
{
    private const int MaxDepth = 128;

    public static void Remove(Base root) => Visit(root, 0);

    private static void Visit(Base node, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        foreach (var (_, value) in node.EnumerateElements())
        {
            if (value is IList list)
            {
                for (var i = list.Count - 1; i >= 0; i--)
                {
                    if (list[i] is Base item)
                    {
                        Visit(item, depth + 1);
                    }
                    else if (!list.IsReadOnly && !list.IsFixedSize)
                    {
                        list.RemoveAt(i);
                    }
                }
            }
            else if (value is Base child)
            {
                Visit(child, depth + 1);
            }
        }
    }
}
