namespace FhirRecovery.Validation.Running;

/// <summary>
/// Where a value is, as a FHIRPath expression ("Observation.component[2].valueInteger"), built only when a finding
/// or a probe needs the text: the walk hands each check this position in the run's <see cref="ElementPathStack"/>
/// instead of building a string for every element it visits (most elements have no finding).
/// Valid during the call it is passed to: the walk overwrites the deeper segments when it moves on to the next
/// sibling, so a check that must keep a path keeps its <see cref="Expression"/>.
/// </summary>
internal readonly struct ElementPath
{
    private readonly ElementPathStack? _stack;
    private readonly int _depth;

    private ElementPath(ElementPathStack stack, int depth)
    {
        _stack = stack;
        _depth = depth;
    }

    /// <summary>A new path that starts with the given expression (a resource type, usually).</summary>
    public static ElementPath Root(string expression) => new(new ElementPathStack(expression), 1);

    /// <summary>The FHIRPath expression of this element (built on first use, then reused while it stays valid).</summary>
    public string Expression => _stack?.Materialize(_depth) ?? "";

    /// <summary>The expression of something inside this element: <c>path.Append(".system")</c>.</summary>
    public string Append(string suffix) => string.Concat(Expression, suffix);

    /// <summary>The path of a child element (index -1 for a non-repeating one). Replaces the siblings walked before it.</summary>
    public ElementPath Child(string name, int index = -1)
    {
        var stack = _stack ?? throw new InvalidOperationException("A default ElementPath has no children.");
        stack.Set(_depth, name, index);
        return new ElementPath(stack, _depth + 1);
    }

    public override string ToString() => Expression;
}
