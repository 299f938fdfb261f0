using FhirRecovery.Gateway.Fhir;
using OperationOutcome = Hl7.Fhir.Model.OperationOutcome;
using Microsoft.AspNetCore.Diagnostics;
using IssueType = Hl7.Fhir.Model.OperationOutcome.IssueType;

namespace FhirRecovery.Gateway.Errors;

/// <summary>Gives every error response that has no body yet (an unmatched route, a 405 from routing, a bare
/// status code) an OperationOutcome in the negotiated format, so nothing ever answers with an empty or HTML page.</summary>
internal static class StatusCodeOutcomes
{
    public static Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var outcome = For(http.Response.StatusCode, http);
        return FhirResponse.WriteAsync(http, http.Response.StatusCode, outcome, ResponseNegotiation.NegotiateOrJson(http.Request));
    }

    private static OperationOutcome For(int statusCode, HttpContext context) => statusCode switch
    {
        StatusCodes.Status400BadRequest => Outcomes.Error(IssueType.Invalid, "The request could not be understood."),
        StatusCodes.Status401Unauthorized => Outcomes.Error(IssueType.Login, "Authentication is required."),
        StatusCodes.Status403Forbidden => Outcomes.Error(IssueType.Forbidden, "The request is not allowed."),
        StatusCodes.Status404NotFound => Outcomes.Error(IssueType.NotFound, "No FHIR endpoint here; see /metadata for what this server supports."),
        StatusCodes.Status405MethodNotAllowed => Outcomes.Error(IssueType.NotSupported,
            $"Method {context.Request.Method} is not allowed here; allowed: {context.Response.Headers.Allow}."),
        StatusCodes.Status406NotAcceptable => Outcomes.Error(IssueType.NotSupported, FhirErrors.NotAcceptableMessage),
        StatusCodes.Status413PayloadTooLarge => Outcomes.Error(IssueType.TooLong, "The request body is too large."),
        StatusCodes.Status415UnsupportedMediaType => Outcomes.Error(IssueType.NotSupported, "Unsupported Content-Type."),
        StatusCodes.Status503ServiceUnavailable => Outcomes.Error(IssueType.Transient, "The service is not available yet."),
        >= 500 => Outcomes.Error(IssueType.Exception, "The server could not complete the request."),
        _ => Outcomes.Error(IssueType.Processing, $"The request failed with HTTP status {statusCode}."),
    };
}
