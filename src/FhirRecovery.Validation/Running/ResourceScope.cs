using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Running;

/// <summary>Where a walk currently is: the resource being validated, the resource that contains it (for
/// contained resources), and the nearest enclosing Bundle with the entry's fullUrl.</summary>
internal sealed record ResourceScope(Resource Resource, Resource? Container, BundleIndex? Bundle, string? FullUrl)
{
    /// <summary>The resource whose contained list "#id" references search.</summary>
    public Resource ContainedHost => Container ?? Resource;
}
