using FhirRecovery.Validation.Compilation;
using FhirRecovery.Validation.Running;
using Hl7.Fhir.Model;
using Hl7.FhirPath;

namespace FhirRecovery.Validation.Checks.Discriminators;

/// <summary>A discriminator path ("code", "url", "extension('x').value", "resolve()", "$this") compiled once and
/// evaluated on an item with FHIRPath; yields the values found there.</summary>
internal sealed class DiscriminatorPath
{
    private const string Resolve = "resolve()";

    private readonly CompiledExpression? _compiled;
    private readonly bool _startsWithResolve;

    public DiscriminatorPath(string path)
    {
        Text = path;
        // resolve() is done natively (contained, same Bundle): the SDK's resolve() cannot see the container of a
        // reference evaluated on its own. What follows it, if anything, is FHIRPath on the target.
        _startsWithResolve = path == Resolve || path.StartsWith(Resolve + ".", StringComparison.Ordinal);
        var rest = _startsWithResolve ? path[Resolve.Length..].TrimStart('.') : path;
        _compiled = rest is "$this" or "" ? null : FhirPathCache.Get(rest);
    }

    public string Text { get; }

    public IReadOnlyList<Base> Select(Base item, ValidationRun run)
    {
        if (_startsWithResolve)
        {
            if (item is not ResourceReference { Reference: { } reference } || ReferenceResolver.Resolve(reference, run.Scope) is not { } target)
            {
                return [];
            }

            item = target;
        }

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
