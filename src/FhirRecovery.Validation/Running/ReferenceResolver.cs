using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Running;

/// <summary>Finds the target of a literal reference inside the instance: a contained resource ("#id", "#" for
/// the container) or an entry of the enclosing Bundle (by dictionary). Never fetches anything.</summary>
internal static class ReferenceResolver
{
    public static Resource? Resolve(string reference, ResourceScope? scope)
    {
        if (scope is null)
        {
            return null;
        }

        if (reference.StartsWith('#'))
        {
            return reference.Length == 1 ? scope.ContainedHost : Contained(scope.ContainedHost, reference.AsSpan(1));
        }

        return scope.Bundle?.Resolve(reference, scope.FullUrl);
    }

    private static Resource? Contained(Resource host, ReadOnlySpan<char> id)
    {
        if (host is not DomainResource domainResource)
        {
            return null;
        }

        var contained = domainResource.Contained;
        for (var i = 0; i < contained.Count; i++)
        {
            if (contained[i] is { Id: { } candidate } && id.SequenceEqual(candidate))
            {
                return contained[i];
            }
        }

        return null;
    }
}
