using System.Text;
using System.Text.Json;
using System.Xml;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Gateway.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace FhirRecovery.Gateway.Referrals;

/// <summary>Reads a resource the gateway stored after validating it (a referral Task, a held mailbox message) back
/// into a POCO, to answer in the caller's format. The bytes passed the validator once, so the read is lenient.</summary>
internal static class StoredResources
{
    private static readonly FhirJsonDeserializer _json = new(new DeserializerSettings { Validator = null });
    private static readonly FhirXmlDeserializer _xml = new(new DeserializerSettings { Validator = null });

    public static Resource? Read(string body, string contentType)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (contentType.StartsWith(FhirMediaTypes.FhirXml, StringComparison.OrdinalIgnoreCase))
        {
            using var reader = XmlReader.Create(new StringReader(body), SecureXml.ReaderSettings());
            _xml.TryDeserializeResource(reader, out var fromXml, out _);
            return fromXml;
        }

        var json = new Utf8JsonReader(Encoding.UTF8.GetBytes(body));
        _json.TryDeserializeResource(ref json, out var resource, out _);
        return resource;
    }
}
