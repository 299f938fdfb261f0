using System.Text.Encodings.Web;
using System.Text.Json;
using FhirRecovery.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace FhirRecovery.Gateway.Fhir;

/// <summary>Writes resources as FHIR JSON or XML. The serializers hold no per-call state and are shared.</summary>
internal static class FhirSerialization
{
    private static readonly BaseFhirJsonSerializer _json = new(ModelInfo.ModelInspector);
    private static readonly BaseFhirXmlSerializer _xml = new(ModelInfo.ModelInspector);

    // The default encoder escapes '+', quotes and non-ASCII letters for embedding in HTML; a FHIR JSON body is never
    // embedded in HTML, and "application/fhir\u002Bjson" or "O\u0027Brien" helps nobody reading an outcome.
    private static readonly JsonWriterOptions _compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions _indented = _compact with { Indented = true };

    public static byte[] ToBytes(Resource resource, FhirFormat format, bool pretty = false)
    {
        if (format == FhirFormat.Xml)
        {
            return _xml.SerializeToBytes(resource, pretty);
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, pretty ? _indented : _compact))
        {
            _json.Serialize(resource, writer);
        }

        return buffer.ToArray();
    }
}
