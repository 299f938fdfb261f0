using System.Text.Json;
using System.Xml;
using FhirRecovery.Gateway.Definitions;
using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Gateway.Requests;
using FhirRecovery.Gateway.Validation;
using FhirRecovery.Validation;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Messaging;

/// <summary>
/// Reads and validates a routed write whole, before anything is routed: Content-Type, size limit, then the
/// validator with the profiles the profile policy names for this payload (which needs a first, lenient look at the
/// payload to know its event). Unreadable is 400, a wrong type 400, profile errors 422 with the OperationOutcome.
/// </summary>
internal sealed class RoutedIntake(DefinitionsState definitions, IOptions<RequestLimitsOptions> limits)
{
    private static readonly FhirJsonDeserializer _json = new(new DeserializerSettings { Validator = null });
    private static readonly FhirXmlDeserializer _xml = new(new DeserializerSettings { Validator = null });

    public async Task<(RoutedPayload? Payload, IResult? Refusal)> ReadAsync(
        HttpContext context, string expectedType, Func<Resource, IReadOnlyList<string>> profilesFor)
    {
        if (definitions.Ready is not { } loaded)
        {
            return (null, FhirErrors.NotReady("The FHIR definitions are still loading; retry shortly."));
        }

        if (!RequestFormat.TryRead(context.Request, out var format, out var contentTypeProblem))
        {
            return (null, FhirErrors.UnsupportedMediaType(contentTypeProblem));
        }

        var body = await RequestBody.ReadAsync(context.Request, limits.Value.MaxRequestBodyBytes, context.RequestAborted);
        if (body is null)
        {
            return (null, FhirErrors.PayloadTooLarge(limits.Value.MaxRequestBodyBytes));
        }

        var glance = Glance(body, format);
        if (glance is not null && glance.TypeName != expectedType)
        {
            return (null, FhirErrors.BadRequest($"This endpoint takes a {expectedType}, but the body is a {glance.TypeName}."));
        }

        var result = loaded.Validator.Validate(body, format, new ValidationRequest(glance is null ? [] : profilesFor(glance)));
        if (result.IsUnreadable || result.Resource is null)
        {
            return (null, FhirErrors.Unreadable(result.Outcome));
        }

        if (result.Resource.TypeName != expectedType)
        {
            return (null, FhirErrors.BadRequest($"This endpoint takes a {expectedType}, but the body is a {result.Resource.TypeName}."));
        }

        if (result.HasErrors)
        {
            return (null, FhirErrors.InvalidResource(result.Outcome));
        }

        var contentType = format == FhirFormat.Xml ? FhirMediaTypes.FhirXml : FhirMediaTypes.FhirJson;
        return (new RoutedPayload(body, format, contentType, result.Resource, result.Outcome), null);
    }

    // A lenient first read, only to learn the type and message event that select the profiles; the validator reads
    // the bytes again, strictly. Null when the body cannot be read at all (the validator then says why).
    private static Resource? Glance(byte[] body, FhirFormat format)
    {
        try
        {
            if (format == FhirFormat.Json)
            {
                var reader = new Utf8JsonReader(body);
                _json.TryDeserializeResource(ref reader, out var resource, out _);
                return resource;
            }

            using var stream = new MemoryStream(body, writable: false);
            using var xml = XmlReader.Create(stream, SecureXml.ReaderSettings());
            _xml.TryDeserializeResource(xml, out var fromXml, out _);
            return fromXml;
        }
#pragma warning disable CA1031 // Any failure to read means "no glance": the strict read reports the problem.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }
}
