namespace FhirRecovery.Validation.FhirPath;

/// <summary>
/// A FHIRPath collection as the native evaluator passes it between steps: empty, one item held inline, or a
/// list (a POCO's own list, read-only here, or one built for several results). Most steps of an invariant yield
/// zero or one item, so they allocate nothing. Items are POCOs (<see cref="Hl7.Fhir.Model.Base"/>) or system
/// values (string, bool, decimal); never null.
/// </summary>
internal readonly struct NativeCollection
{
    private static readonly object TrueItem = true;
    private static readonly object FalseItem = false;

    private readonly object? _single;
    private readonly IReadOnlyList<object>? _list;

    private NativeCollection(object? single, IReadOnlyList<object>? list)
    {
        _single = single;
        _list = list;
    }

    public static NativeCollection Empty => default;

    public static NativeCollection True { get; } = new(TrueItem, null);

    public static NativeCollection False { get; } = new(FalseItem, null);

    public int Count => _list?.Count ?? (_single is null ? 0 : 1);

    public object this[int index] => _list is not null ? _list[index]
        : index == 0 && _single is not null ? _single : throw new ArgumentOutOfRangeException(nameof(index));

    public static NativeCollection Of(object item) => new(item, null);

    /// <summary>A collection over a list that nobody changes while it is in use (no copy is made).</summary>
    public static NativeCollection Of(IReadOnlyList<object> items) => items.Count == 0 ? default : new(null, items);

    public static NativeCollection Bool(bool value) => value ? True : False;

    /// <summary>An empty collection for null (FHIRPath's three-valued logic), else the boolean.</summary>
    public static NativeCollection Bool(bool? value) => value is { } b ? Bool(b) : default;
}
