using Hl7.Fhir.FhirPath;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Running;

/// <summary>Where a walk currently is: the resource being validated, the resource that contains it (for
/// contained resources), and the nearest enclosing Bundle with the entry's fullUrl.</summary>
internal sealed record ResourceScope(Resource Resource, Resource? Container, BundleIndex? Bundle, string? FullUrl)
{
    /// <summary>The resource whose contained list "#id" references search.</summary>
    public Resource ContainedHost => Container ?? Resource;

    private FhirEvaluationContext? _evaluationContext;

    /// <summary>Built on first use: most resources have no invariant that needs it.</summary>
    public FhirEvaluationContext EvaluationContext => _evaluationContext ??= CreateEvaluationContext();

    private FhirEvaluationContext CreateEvaluationContext()
    {
        var resource = Resource.ToPocoNode(ModelInfo.ModelInspector);
        var root = Container is null ? resource : Container.ToPocoNode(ModelInfo.ModelInspector);
        return new FhirEvaluationContext
        {
            Resource = resource,
            RootResource = root,
            // resolve() in invariants finds contained resources and entries of the same Bundle, nothing outside.
            ElementResolver = url => ReferenceResolver.Resolve(url, this)?.ToPocoNode(ModelInfo.ModelInspector)!,
        };
    }
}
