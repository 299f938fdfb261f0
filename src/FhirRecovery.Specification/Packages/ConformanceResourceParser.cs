using System.Text.Json;
using System.Xml;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace FhirRecovery.Specification.Packages;

/// <summary>
/// Turns the raw bytes of a definition into a POCO. Definitions come from packages we trust to be
/// readable, so the parser is lenient (it keeps what it can instead of failing on a stray element).
/// </summary>
internal static class ConformanceResourceParser
{
    private static readonly DeserializerSettings Lenient = new DeserializerSettings().UsingMode(DeserializationMode.Ostrich);
    private static readonly FhirJsonDeserializer Json = new(Lenient);
    private static readonly FhirXmlDeserializer Xml = new(Lenient);

    public static Resource? Parse(byte[] content, ResourceFormat format)
    {
        try
        {
            Resource? resource;
            if (format == ResourceFormat.Json)
            {
                var reader = new Utf8JsonReader(content);
                Json.TryDeserializeResource(ref reader, out resource, out _);
            }
            else
            {
                using var stream = new MemoryStream(content);
                using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
                Xml.TryDeserializeResource(reader, out resource, out _);
            }

            return resource;
        }
        catch (Exception e) when (e is JsonException or XmlException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
