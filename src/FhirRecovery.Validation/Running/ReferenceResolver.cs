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
            return reference.Length == 1 ? scope.ContainedHost
                : (scope.ContainedHost as DomainResource)?.Contained.FirstOrDefault(c => c.Id == reference[1..]);
        }

        return scope.Bundle?.Resolve(reference, scope.FullUrl);
    }
}
