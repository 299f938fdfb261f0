namespace FhirRecovery.Validation.Running;

/// <summary>
/// The segments (name and index) from the root of a walk to the element being walked, one slot per depth,
/// overwritten as the walk moves from sibling to sibling. Turns a depth into its FHIRPath expression on demand
/// and keeps the expressions built for the unchanged prefix, so several findings at one place build it once.
/// One per walk; not thread-safe.
/// </summary>
internal sealed class ElementPathStack
{
    private const int InitialDepth = 16;

    private string[] _names = new string[InitialDepth];
    private int[] _indexes = new int[InitialDepth];
    private string?[] _expressions = new string?[InitialDepth];

    // _expressions[0.._valid) hold the expressions of the depths 1.._valid, built from the current segments.
    private int _valid;

    public ElementPathStack(string root)
    {
        _names[0] = root;
        _indexes[0] = -1;
        _expressions[0] = root;
        _valid = 1;
    }

    public void Set(int depth, string name, int index)
    {
        if (depth == _names.Length)
        {
            Array.Resize(ref _names, depth * 2);
            Array.Resize(ref _indexes, depth * 2);
            Array.Resize(ref _expressions, depth * 2);
        }

        _names[depth] = name;
        _indexes[depth] = index;
        _valid = Math.Min(_valid, depth);
    }

    /// <summary>The expression of the first <paramref name="depth"/> segments.</summary>
    public string Materialize(int depth)
    {
        for (var d = _valid; d < depth; d++)
        {
            _expressions[d] = _indexes[d] < 0
                ? string.Concat(_expressions[d - 1], ".", _names[d])
                : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{_expressions[d - 1]}.{_names[d]}[{_indexes[d]}]");
        }

        _valid = Math.Max(_valid, depth);
        return _expressions[depth - 1]!;
    }
}
