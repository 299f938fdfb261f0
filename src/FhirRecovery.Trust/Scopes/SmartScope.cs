using System.Diagnostics.CodeAnalysis;

namespace FhirRecovery.Trust.Scopes;

/// <summary>
/// One SMART on FHIR system scope, e.g. <c>system/ServiceRequest.c</c>, <c>system/CarePlan.rs</c> or
/// <c>system/*.cruds</c>. SMART v1 forms (<c>.read</c>, <c>.write</c>, <c>.*</c>) are read as their v2
/// equivalents. Only <c>system/</c> scopes are accepted: the gateway serves systems, not users or patients.
/// Search parameters after '?' (v2 granular scopes) narrow a scope; they are not evaluated here, so a
/// granular scope is refused rather than silently widened.
/// </summary>
public sealed record SmartScope(string ResourceType, FhirInteraction Interactions)
{
    public const string Wildcard = "*";

    public bool Allows(string resourceType, FhirInteraction interaction) =>
        (ResourceType == Wildcard || string.Equals(ResourceType, resourceType, StringComparison.Ordinal))
        && (Interactions & interaction) == interaction;

    public static bool TryParse(string text, [NotNullWhen(true)] out SmartScope? scope)
    {
        scope = null;
        if (!text.StartsWith("system/", StringComparison.Ordinal) || text.Contains('?', StringComparison.Ordinal))
        {
            return false;
        }

        var body = text["system/".Length..];
        var dot = body.LastIndexOf('.');
        if (dot <= 0 || dot == body.Length - 1)
        {
            return false;
        }

        var resourceType = body[..dot];
        if (resourceType != Wildcard && !IsResourceTypeName(resourceType))
        {
            return false;
        }

        var interactions = ParseInteractions(body[(dot + 1)..]);
        if (interactions == FhirInteraction.None)
        {
            return false;
        }

        scope = new SmartScope(resourceType, interactions);
        return true;
    }

    private static FhirInteraction ParseInteractions(string permissions) => permissions switch
    {
        "*" => FhirInteraction.All,
        "read" => FhirInteraction.Read | FhirInteraction.Search,
        "write" => FhirInteraction.Create | FhirInteraction.Update | FhirInteraction.Delete,
        _ => ParseV2(permissions),
    };

    // SMART v2 letters must appear in the order c, r, u, d, s, each at most once.
    private static FhirInteraction ParseV2(string permissions)
    {
        const string order = "cruds";
        var result = FhirInteraction.None;
        var last = -1;
        foreach (var letter in permissions)
        {
            var index = order.IndexOf(letter, StringComparison.Ordinal);
            if (index <= last)
            {
                return FhirInteraction.None;
            }

            last = index;
            result |= (FhirInteraction)(1 << index);
        }

        return result;
    }

    private static bool IsResourceTypeName(string name) =>
        name.Length > 0 && char.IsAsciiLetterUpper(name[0]) && name.All(char.IsAsciiLetter);
}
