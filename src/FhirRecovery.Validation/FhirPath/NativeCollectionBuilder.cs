namespace FhirRecovery.Validation.FhirPath;

/// <summary>Gathers the result of a step: the first item inline, a list only from the second on.</summary>
internal struct NativeCollectionBuilder
{
    private object? _first;
    private List<object>? _many;

    public void Add(object item)
    {
        if (_many is not null)
        {
            _many.Add(item);
        }
        else if (_first is null)
        {
            _first = item;
        }
        else
        {
            _many = [_first, item];
        }
    }

    public readonly NativeCollection ToCollection() =>
        _many is not null ? NativeCollection.Of(_many) : _first is null ? NativeCollection.Empty : NativeCollection.Of(_first);
}
