using FhirRecovery.Validation.Checks;

namespace FhirRecovery.Validation.Compilation;

/// <summary>Elements that hold a resource (Bundle.entry.resource, Parameters.parameter.resource, contained) whose
/// definition names the resource types allowed there (a profile restricting entry.resource to DocumentManifest):
/// the resource's type must be one of them. Base definitions say "Resource" and compile nothing.</summary>
internal sealed class ResourceTypeBuilder : IElementCheckBuilder
{
    public void Build(ElementContext context, List<IElementCheck> checks)
    {
        if (context.IsRoot || context.Element.Type.Count == 0)
        {
            return;
        }

        var codes = context.Element.Type.Select(t => t.Code).ToArray();
        if (codes.Any(c => c is null or "Resource" or "DomainResource") || !codes.All(c => Hl7.Fhir.Model.ModelInfo.IsKnownResource(c!)))
        {
            return;
        }

        checks.Add(new ResourceTypeCheck(context.Element.ElementId ?? context.Element.Path ?? "", [.. codes.OfType<string>()]));
    }
}
