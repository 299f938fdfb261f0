using Resource = Hl7.Fhir.Model.Resource;

namespace FhirRecovery.Gateway.Fhir;

/// <summary>Writes a resource as the response, in the negotiated format. Every FHIR answer, success or error,
/// goes out through here, so no response can fall back to HTML or plain text.</summary>
internal static class FhirResponse
{
    public static async Task WriteAsync(HttpContext context, int statusCode, Resource resource, ResponseFormat format)
    {
        // FHIR's _pretty=true asks for indented output, for people reading answers in a terminal.
        var pretty = string.Equals(context.Request.Query["_pretty"], "true", StringComparison.OrdinalIgnoreCase);
        var body = FhirSerialization.ToBytes(resource, format.Format, pretty);
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = format.ContentType;
        response.ContentLength = body.Length;
        // Browsers must not guess a type from an OperationOutcome that quotes the caller's input.
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }
}
