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
    private readonly string[]? _plainSegments;
    private readonly bool _startsWithResolve;

    public DiscriminatorPath(string path)
    {
        Text = path;
        // resolve() is done natively (contained, same Bundle): the SDK's resolve() cannot see the container of a
        // reference evaluated on its own. What follows it, if anything, is FHIRPath on the target.
        _startsWithResolve = path == Resolve || path.StartsWith(Resolve + ".", StringComparison.Ordinal);
        var rest = _startsWithResolve ? path[Resolve.Length..].TrimStart('.') : path;
        // Plain paths ("code", "coding.system") are walked on the POCO: discriminators run for every item and
        // every slice, and FHIRPath would allocate for each of them. Anything else is compiled FHIRPath.
        var segments = rest.Split('.');
        if (rest is not ("$this" or "") && segments.All(IsPlainName))
        {
            _plainSegments = segments;
        }
        else
        {
            _compiled = rest is "$this" or "" ? null : FhirPathCache.Get(rest);
        }
    }

    public string Text { get; }

    public DiscriminatorValues Select(Base item, ValidationRun run)
    {
        if (_startsWithResolve)
        {
            if (item is not ResourceReference { Reference: { } reference } || ReferenceResolver.Resolve(reference, run.Scope) is not { } target)
            {
                return DiscriminatorValues.None;
            }

            item = target;
        }

        if (_plainSegments is not null)
        {
            return Walk(item, _plainSegments);
        }

        if (_compiled is null)
        {
            return DiscriminatorValues.Of(item);
        }

        try
        {
            return DiscriminatorValues.Of(_compiled(new[] { item.ToPocoNode(ModelInfo.ModelInspector) }, run.EvaluationContext()).Select(n => n.Poco).ToList());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return DiscriminatorValues.None;
        }
    }

    private static DiscriminatorValues Walk(Base item, string[] segments)
    {
        // One segment (the common "code", "url", "system"): hand back the POCO's own list or value, no copy.
        if (segments.Length == 1)
        {
            return !item.TryGetValue(segments[0], out var child) ? DiscriminatorValues.None
                : child is IReadOnlyList<Base> items ? DiscriminatorValues.Of(items)
                : child is Base single ? DiscriminatorValues.Of(single)
                : DiscriminatorValues.None;
        }

        var current = new List<Base> { item };
        foreach (var segment in segments)
        {
            var next = new List<Base>();
            foreach (var node in current)
            {
                if (!node.TryGetValue(segment, out var child))
                {
                    continue;
                }

                if (child is System.Collections.IList list)
                {
                    next.AddRange(list.OfType<Base>());
                }
                else if (child is Base single)
                {
                    next.Add(single);
                }
            }

            if (next.Count == 0)
            {
                return DiscriminatorValues.None;
            }

            current = next;
        }

        return DiscriminatorValues.Of(current);
    }

    private static bool IsPlainName(string segment) =>
        segment.Length > 0 && char.IsAsciiLetterLower(segment[0]) && segment.All(char.IsAsciiLetterOrDigit);
}
