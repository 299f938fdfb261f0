using System.Buffers;

namespace FhirRecovery.Gateway.Requests;

/// <summary>Reads a whole request body into memory, never more than the configured limit.</summary>
internal static class RequestBody
{
    /// <summary>The body's bytes, or null when it is larger than <paramref name="maxBytes"/> (the caller answers 413).</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        // A declared length over the limit is refused before a byte is read.
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        try
        {
            var reader = request.BodyReader;
            while (true)
            {
                var result = await reader.ReadAsync(cancellationToken);
                if (result.Buffer.Length > maxBytes)
                {
                    reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
                    return null;
                }

                if (result.IsCompleted)
                {
                    var body = result.Buffer.ToArray();
                    reader.AdvanceTo(result.Buffer.End);
                    return body;
                }

                // Nothing consumed, everything examined: the next read returns the whole body so far plus more.
                reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own MaxRequestBodySize tripped (chunked bodies have no declared length).
            return null;
        }
    }
}
