using FhirRecovery.Validation.Compilation;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;
using Hl7.FhirPath;

namespace FhirRecovery.Validation.Checks.Discriminators;

/// <summary>A discriminator path ("code", "url", "extension('x').value", "resolve()", "$this") compiled once and
/// evaluated on an item with FHIRPath; yields the values found there.</summary>
internal sealed class DiscriminatorPath
{
    private readonly CompiledExpression? _compiled;

    public DiscriminatorPath(string path)
    {
        Text = path;
        _compiled = path == "$this" ? null : FhirPathCache.Get(path);
    }

    public string Text { get; }

    public IReadOnlyList<Base> Select(Base item, ValidationRun run)
    {
        if (_compiled is null)
        {
            return [item];
        }

        try
        {
            return _compiled(new[] { item.ToPocoNode(ModelInfo.ModelInspector) }, run.EvaluationContext()).Select(n => n.Poco).ToList();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [];
        }
    }
}
