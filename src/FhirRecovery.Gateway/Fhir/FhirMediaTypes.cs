using FhirRecovery.Validation;

namespace FhirRecovery.Gateway.Fhir;

/// <summary>The media types the gateway reads and writes, and the format each one stands for.</summary>
internal static class FhirMediaTypes
{
    public const string FhirJson = "application/fhir+json";
    public const string FhirXml = "application/fhir+xml";
    public const string Json = "application/json";
    public const string Xml = "application/xml";
    public const string TextXml = "text/xml";

    /// <summary>The format a media type (without parameters) stands for; null when it is neither JSON nor XML.</summary>
    public static FhirFormat? FormatOf(string mediaType) => mediaType.ToLowerInvariant() switch
    {
        FhirJson or Json => FhirFormat.Json,
        FhirXml or Xml or TextXml => FhirFormat.Xml,
        _ => null,
    };

    /// <summary>The FHIR media type of a format, for responses whose caller did not name a specific type.</summary>
    public static string Of(FhirFormat format) => format == FhirFormat.Xml ? FhirXml : FhirJson;
}
