using System.Text.Json;
using System.Xml;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Gateway.Validation;
using FhirRecovery.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace FhirRecovery.Gateway.Trust;

/// <summary>Reads an owner's answer for the trust decision. Lenient (an owner's stray element must not hide the person
/// the answer is about), but safe: XML without DTDs. Null when the body is not a FHIR resource in JSON or XML.</summary>
internal static class OwnerAnswer
{
    private static readonly DeserializerSettings s_lenient = new DeserializerSettings { Validator = null }.UsingMode(DeserializationMode.Ostrich);
    private static readonly FhirJsonDeserializer s_json = new(s_lenient);
    private static readonly FhirXmlDeserializer s_xml = new(s_lenient);

    public static Resource? Parse(byte[] body, string? mediaType)
    {
        ArgumentNullException.ThrowIfNull(body);
        var format = mediaType is null ? null : FhirMediaTypes.FormatOf(mediaType);
        try
        {
            Resource? resource;
            if (format == FhirFormat.Json)
            {
                var reader = new Utf8JsonReader(body);
                s_json.TryDeserializeResource(ref reader, out resource, out _);
            }
            else if (format == FhirFormat.Xml)
            {
                using var stream = new MemoryStream(body);
                using var reader = XmlReader.Create(stream, SecureXml.ReaderSettings());
                s_xml.TryDeserializeResource(reader, out resource, out _);
            }
            else
            {
                return null;
            }

            return resource;
        }
        catch (Exception exception) when (exception is JsonException or XmlException or InvalidOperationException or FormatException or ArgumentException)
        {
            return null;
        }
    }
}
