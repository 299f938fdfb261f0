using System.Globalization;

namespace FhirRecovery.Validation.Running;

/// <summary>
/// The segments (name and index) from the root of a walk to the element being walked, one slot per depth,
/// overwritten as the walk moves from sibling to sibling. Turns a depth into its FHIRPath expression on demand,
/// in one string, and remembers the last one built while its segments stay unchanged: several findings at one
/// place, or one below it, reuse it. One per walk; not thread-safe.
/// </summary>
internal sealed class ElementPathStack
{
    private const int InitialDepth = 16;

    private string[] _names = new string[InitialDepth];
    private int[] _indexes = new int[InitialDepth];

    // The expression of the first _lastDepth segments, built last; valid while none of those segments changes.
    private string _last;
    private int _lastDepth;

    public ElementPathStack(string root)
    {
        _names[0] = root;
        _indexes[0] = -1;
        _last = root;
        _lastDepth = 1;
    }

    public void Set(int depth, string name, int index)
    {
        if (depth == _names.Length)
        {
            Array.Resize(ref _names, depth * 2);
            Array.Resize(ref _indexes, depth * 2);
        }

        _names[depth] = name;
        _indexes[depth] = index;
        if (_lastDepth > depth)
        {
            // The segments the last expression was built from change: keep only the root's.
            _last = _names[0];
            _lastDepth = 1;
        }
    }

    /// <summary>The expression of the first <paramref name="depth"/> segments.</summary>
    public string Materialize(int depth)
    {
        if (depth == _lastDepth)
        {
            return _last;
        }

        if (depth < _lastDepth)
        {
            // A shallower place than the last one built: built again from the root (rare; not kept).
            return Build(_names[0], 1, depth);
        }

        _last = Build(_last, _lastDepth, depth);
        _lastDepth = depth;
        return _last;
    }

    /// <summary><paramref name="prefix"/> (the expression of the first <paramref name="from"/> segments) followed by
    /// the segments up to <paramref name="to"/>, as one string.</summary>
    private string Build(string prefix, int from, int to)
    {
        Span<char> number = stackalloc char[11];
        var length = prefix.Length;
        for (var d = from; d < to; d++)
        {
            length += 1 + _names[d].Length;
            if (_indexes[d] >= 0)
            {
                _indexes[d].TryFormat(number, out var digits, provider: CultureInfo.InvariantCulture);
                length += digits + 2;
            }
        }

        return string.Create(length, (Stack: this, Prefix: prefix, From: from, To: to), static (chars, state) =>
        {
            state.Prefix.AsSpan().CopyTo(chars);
            var position = state.Prefix.Length;
            for (var d = state.From; d < state.To; d++)
            {
                chars[position++] = '.';
                state.Stack._names[d].AsSpan().CopyTo(chars[position..]);
                position += state.Stack._names[d].Length;
                if (state.Stack._indexes[d] >= 0)
                {
                    chars[position++] = '[';
                    state.Stack._indexes[d].TryFormat(chars[position..], out var digits, provider: CultureInfo.InvariantCulture);
                    position += digits;
                    chars[position++] = ']';
                }
            }
        });
    }
}
