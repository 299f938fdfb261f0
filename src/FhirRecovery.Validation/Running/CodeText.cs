using Hl7.Fhir.Model;

namespace FhirRecovery.Validation.Running;

/// <summary>
/// The code of a coded POCO element as text. The SDK's enum getters (Bundle.Type, Narrative.Status, ...) throw
/// a CodedValidationException for a code outside their enum ("bag"); an invalid code is a finding of the binding
/// check, so the engine itself reads codes only as text and never through those getters.
/// </summary>
internal static class CodeText
{
    public static string? Of<TEnum>(Code<TEnum>? code) where TEnum : struct, Enum => code?.JsonValue as string;

    /// <summary>Bundle.type as text ("message", "transaction", ...); null when absent.</summary>
    public static string? BundleType(Bundle bundle) => Of(bundle.TypeElement);
}
