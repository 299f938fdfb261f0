using FhirRecovery.Validation;

namespace FhirRecovery.Gateway.Fhir;

/// <summary>The format of a response and the media type its Content-Type header names.</summary>
internal sealed record ResponseFormat(FhirFormat Format, string MediaType)
{
    public static ResponseFormat Json { get; } = new(FhirFormat.Json, FhirMediaTypes.FhirJson);

    public static ResponseFormat Xml { get; } = new(FhirFormat.Xml, FhirMediaTypes.FhirXml);

    public static ResponseFormat For(FhirFormat format) => format == FhirFormat.Xml ? Xml : Json;

    public string ContentType => MediaType + "; charset=utf-8";
}
