namespace FhirRecovery.Validation.FhirPath;

/// <summary>The system value of an item (string, bool or decimal), or the item itself when it is complex.
/// A struct, so that comparing a primitive with a constant boxes nothing.</summary>
internal readonly record struct SystemValue(SystemValueKind Kind, string? Text, decimal Number, bool Boolean, object? Complex)
{
    public static SystemValue Of(string text) => new(SystemValueKind.String, text, 0, false, null);

    public static SystemValue Of(decimal number) => new(SystemValueKind.Decimal, null, number, false, null);

    public static SystemValue Of(bool boolean) => new(SystemValueKind.Boolean, null, 0, boolean, null);

    public static SystemValue OfComplex(object item) => new(SystemValueKind.Complex, null, 0, false, item);

    /// <summary>The value as an object, for the few places that keep it (isDistinct).</summary>
    public object Boxed => Kind switch
    {
        SystemValueKind.String => Text!,
        SystemValueKind.Decimal => Number,
        SystemValueKind.Boolean => Boolean,
        _ => Complex!,
    };
}
