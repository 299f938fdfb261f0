using FhirRecovery.Validation;
using Microsoft.Net.Http.Headers;

namespace FhirRecovery.Gateway.Fhir;

/// <summary>
/// Picks the response format from <c>_format</c> (which wins, as FHIR says), else from <c>Accept</c> by quality.
/// A wildcard, or no preference at all, answers in the format the request body was sent in, else JSON.
/// </summary>
internal static class ResponseNegotiation
{
    private const string FormatParameter = "_format";

    /// <summary>The response format; null when the caller accepts neither JSON nor XML (406).</summary>
    public static ResponseFormat? Negotiate(HttpRequest request)
    {
        var format = request.Query[FormatParameter];
        if (format.Count > 0 && !string.IsNullOrWhiteSpace(format[0]))
        {
            return FromFormatParameter(format[0]!);
        }

        var accept = request.Headers.Accept;
        if (accept.Count == 1 && ExactFhirType(accept[0]) is { } exact)
        {
            return exact;
        }

        if (accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var mediaTypes) || mediaTypes.Count == 0)
        {
            return Default(request);
        }

        // Highest quality first; OrderByDescending is stable, so the caller's order breaks ties.
        foreach (var mediaType in mediaTypes.Where(m => m.Quality is not 0).OrderByDescending(m => m.Quality ?? 1))
        {
            var chosen = FromMediaType(mediaType, request);
            if (chosen is not null)
            {
                return chosen;
            }
        }

        return null;
    }

    // The common case, a client that names one FHIR type and nothing else, without parsing a media-type list.
    private static ResponseFormat? ExactFhirType(string? accept) =>
        string.Equals(accept, FhirMediaTypes.FhirJson, StringComparison.OrdinalIgnoreCase) ? ResponseFormat.Json
        : string.Equals(accept, FhirMediaTypes.FhirXml, StringComparison.OrdinalIgnoreCase) ? ResponseFormat.Xml
        : null;

    /// <summary>For error responses: the negotiated format, or JSON when the caller accepts nothing we write.</summary>
    public static ResponseFormat NegotiateOrJson(HttpRequest request) => Negotiate(request) ?? ResponseFormat.Json;

    private static ResponseFormat? FromFormatParameter(string value)
    {
        // An unescaped '+' in a query string arrives as a space ("application/fhir json").
        var normalized = value.Trim().Replace(' ', '+');
        if (normalized.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            return ResponseFormat.Json;
        }

        if (normalized.Equals("xml", StringComparison.OrdinalIgnoreCase))
        {
            return ResponseFormat.Xml;
        }

        return MediaTypeHeaderValue.TryParse(normalized, out var mediaType)
            && FhirMediaTypes.FormatOf(mediaType.MediaType.Value ?? string.Empty) is { } format
            ? new ResponseFormat(format, mediaType.MediaType.Value!.ToLowerInvariant())
            : null;
    }

    private static ResponseFormat? FromMediaType(MediaTypeHeaderValue mediaType, HttpRequest request)
    {
        if (mediaType.MatchesAllTypes || (mediaType.MatchesAllSubTypes && mediaType.Type.Equals("application", StringComparison.OrdinalIgnoreCase)))
        {
            return Default(request);
        }

        if (mediaType.MatchesAllSubTypes && mediaType.Type.Equals("text", StringComparison.OrdinalIgnoreCase))
        {
            return new ResponseFormat(FhirFormat.Xml, FhirMediaTypes.TextXml);
        }

        var value = mediaType.MediaType.Value ?? string.Empty;
        return FhirMediaTypes.FormatOf(value) is { } format ? new ResponseFormat(format, value.ToLowerInvariant()) : null;
    }

    private static ResponseFormat Default(HttpRequest request) =>
        RequestFormat.TryRead(request, out var format, out _) ? ResponseFormat.For(format) : ResponseFormat.Json;
}
