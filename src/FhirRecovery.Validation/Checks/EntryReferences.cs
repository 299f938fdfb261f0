using System.Collections;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks;

/// <summary>The links from one Bundle entry's resource that may point at other entries, as the Java validator collects
/// them: every Reference.reference (not "#local") and every uri/url value except systems, profiles, extension urls
/// and endpoints; canonicals are not links. Nested Bundles are not entered.</summary>
internal static class EntryReferences
{
    private static readonly HashSet<string> NotLinks = new(StringComparer.Ordinal) { "system", "profile", "fullUrl", "endpoint", "address" };

    public static IEnumerable<string> Of(Resource resource)
    {
        var found = new List<string>();
        Collect(resource, found);
        return found;
    }

    private static void Collect(Base element, List<string> found)
    {
        foreach (var (name, child) in element.EnumerateElements())
        {
            if (child is IList list)
            {
                foreach (var item in list)
                {
                    if (item is Base b)
                    {
                        Visit(element, name, b, found);
                    }
                }
            }
            else if (child is Base single)
            {
                Visit(element, name, single, found);
            }
        }
    }

    private static void Visit(Base parent, string name, Base child, List<string> found)
    {
        switch (child)
        {
            case Bundle:
                return;
            case ResourceReference { Reference: { } reference } when !reference.StartsWith('#'):
                found.Add(reference);
                break;
            case Canonical:
                return;
            case FhirUri or FhirUrl when child is PrimitiveType { JsonValue: string uri } && !uri.StartsWith('#') && !NotLinks.Contains(name)
                && !(parent is Extension && name == "url"):
                found.Add(uri);
                return;
        }

        if (child is not PrimitiveType)
        {
            Collect(child, found);
        }
    }
}
