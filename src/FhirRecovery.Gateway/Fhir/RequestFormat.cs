using System.Diagnostics.CodeAnalysis;
using FhirRecovery.Validation;
using Microsoft.Net.Http.Headers;

namespace FhirRecovery.Gateway.Fhir;

/// <summary>Reads the format of a request body from its Content-Type.</summary>
internal static class RequestFormat
{
    /// <summary>False, with a reason for the 415 answer, when the Content-Type is absent, not JSON or XML,
    /// or declares a charset other than UTF-8 (FHIR requires UTF-8).</summary>
    public static bool TryRead(HttpRequest request, out FhirFormat format, [NotNullWhen(false)] out string? problem)
    {
        format = FhirFormat.Json;
        if (string.IsNullOrEmpty(request.ContentType))
        {
            problem = "A Content-Type is required: application/fhir+json or application/fhir+xml.";
            return false;
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || FhirMediaTypes.FormatOf(mediaType.MediaType.Value ?? string.Empty) is not { } read)
        {
            problem = "Unsupported Content-Type; use application/fhir+json or application/fhir+xml.";
            return false;
        }

        var charset = mediaType.Charset.Value;
        if (charset is not null && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
        {
            problem = "Unsupported charset; FHIR bodies are UTF-8.";
            return false;
        }

        format = read;
        problem = null;
        return true;
    }
}
