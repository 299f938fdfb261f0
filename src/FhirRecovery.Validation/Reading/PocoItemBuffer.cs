using System.Collections;
using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Reading;

/// <summary>
/// Holds the items of the arrays being read (nested arrays stack up) until each array ends, so its list is made
/// once with exactly its length: a List grown item by item allocates 4, 8, 16, ... slots and drops each old array.
/// One buffer per thread; <see cref="Clear"/> after each read, so it holds no POCO between reads.
/// </summary>
internal sealed class PocoItemBuffer
{
    [ThreadStatic]
    private static PocoItemBuffer? t_current;

    private Base?[] _items = new Base?[64];
    private int _count;

    public static PocoItemBuffer Current => t_current ??= new PocoItemBuffer();

    /// <summary>Where the array now starting puts its first item.</summary>
    public int Mark => _count;

    public void Push(Base item)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = item;
    }

    /// <summary>The items pushed since <paramref name="mark"/>, moved into a list of exactly that length.</summary>
    public IList Pop(int mark, PocoMember member)
    {
        var list = member.CreateList(_count - mark);
        for (var i = mark; i < _count; i++)
        {
            list.Add(_items[i]);
            _items[i] = null;
        }

        _count = mark;
        return list;
    }

    public void Clear()
    {
        Array.Clear(_items, 0, _count);
        _count = 0;
    }
}
