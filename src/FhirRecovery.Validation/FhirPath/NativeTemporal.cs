using Hl7.Fhir.Model;
using P = Hl7.Fhir.ElementModel.Types;

namespace FhirRecovery.Validation.FhirPath;

/// <summary>
/// Dates and times in the native FHIRPath subset, read into the SDK's own values (what its engine sees through
/// ToPocoNode) so that ordering and text are the SDK's: dateTime and instant compare by the SDK's CQL ordering.
/// Anything the SDK's TryCompareTo declines (different precisions), date against dateTime, or time falls back
/// to the SDK's engine, which decides what such a comparison gives.
/// </summary>
internal static class NativeTemporal
{
    public static bool IsTemporal(object item) => item is Date or FhirDateTime or Instant or Time;

    /// <summary>The sign of left compared with right; null when the SDK finds them incomparable (empty).</summary>
    public static int? Compare(object left, object right)
    {
        if (SdkValue(left) is P.DateTime a && SdkValue(right) is P.DateTime b && a.TryCompareTo(b, out var result))
        {
            return result is { } sign ? Math.Sign(sign) : null;
        }

        throw new NativeFallbackException("comparison of dates other than dateTime and instant");
    }

    /// <summary>toString() of a dateTime: the SDK value's text.</summary>
    public static string Text(object item) =>
        item is FhirDateTime && SdkValue(item) is P.DateTime value ? value.ToString() : throw new NativeFallbackException("toString of a date other than dateTime");

    /// <summary>The SDK's system value of a dateTime or instant (its POCO-to-FHIRPath conversion, without a PocoNode).</summary>
    private static P.Any? SdkValue(object item) =>
        item is FhirDateTime or Instant && item is PrimitiveType { JsonValue: not null } primitive
            && ((P.IToSystemPrimitive)primitive).TryConvertToSystemType(out var value) ? value : null;
}
