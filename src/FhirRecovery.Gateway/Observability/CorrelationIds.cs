using Microsoft.Extensions.Primitives;

namespace FhirRecovery.Gateway.Observability;

/// <summary>The request and correlation ids of one request, as accepted from the caller or generated.</summary>
internal sealed record CorrelationIds(string RequestId, string CorrelationId)
{
    public const string RequestIdHeader = "X-Request-ID";
    public const string CorrelationIdHeader = "X-Correlation-ID";

    // Long enough for a UUID, a W3C trace id or a vendor id; short enough that a hostile header cannot flood the logs.
    private const int MaxLength = 128;

    /// <summary>Takes the caller's ids when they are safe to echo and log; generates the request id otherwise.
    /// The correlation id defaults to the request id so that every log line carries both.</summary>
    public static CorrelationIds From(IHeaderDictionary headers)
    {
        var requestId = Accept(headers[RequestIdHeader]) ?? Guid.NewGuid().ToString("N");
        var correlationId = Accept(headers[CorrelationIdHeader]) ?? requestId;
        return new CorrelationIds(requestId, correlationId);
    }

    // Only printable ASCII without spaces or quotes, so an id can never forge a log line or a header.
    private static string? Accept(StringValues values)
    {
        if (values.Count != 1 || values[0] is not { Length: > 0 and <= MaxLength } value)
        {
            return null;
        }

        foreach (var c in value)
        {
            if (c is <= ' ' or > '~' or '"' or '\\')
            {
                return null;
            }
        }

        return value;
    }
}
