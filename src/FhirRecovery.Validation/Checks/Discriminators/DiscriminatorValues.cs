using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Checks.Discriminators;

/// <summary>The values a discriminator path selects from an item: none, one held inline, or a list (the POCO's
/// own list when the path is one repeating element). Discriminators run for every item and every candidate
/// slice, so the common single value allocates nothing.</summary>
internal readonly struct DiscriminatorValues
{
    private readonly Base? _single;
    private readonly IReadOnlyList<Base>? _list;

    private DiscriminatorValues(Base? single, IReadOnlyList<Base>? list)
    {
        _single = single;
        _list = list;
    }

    public static DiscriminatorValues None => default;

    public int Count => _list?.Count ?? (_single is null ? 0 : 1);

    public Base this[int index] => _list is not null ? _list[index]
        : index == 0 && _single is not null ? _single : throw new ArgumentOutOfRangeException(nameof(index));

    public static DiscriminatorValues Of(Base value) => new(value, null);

    public static DiscriminatorValues Of(IReadOnlyList<Base> values) => new(null, values);
}
