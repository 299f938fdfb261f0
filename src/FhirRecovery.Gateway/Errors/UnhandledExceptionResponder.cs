using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Gateway.Observability;
using Microsoft.AspNetCore.Diagnostics;
using IssueType = Hl7.Fhir.Model.OperationOutcome.IssueType;

namespace FhirRecovery.Gateway.Errors;

/// <summary>Answers an exception that escaped an endpoint. Kestrel's <see cref="BadHttpRequestException"/> (a body
/// that breaks HTTP framing or the size limit) is the caller's fault and keeps its 4xx. Anything else is a 500
/// OperationOutcome that names the request id, never the exception or its stack trace; the exception is logged
/// once, here (the framework's own log of it is suppressed).</summary>
internal static class UnhandledExceptionResponder
{
    public static Task WriteAsync(HttpContext context)
    {
        var feature = context.Features.Get<IExceptionHandlerFeature>();
        var format = ResponseNegotiation.NegotiateOrJson(context.Request);
        if (feature?.Error is BadHttpRequestException badRequest)
        {
            var tooLarge = badRequest.StatusCode == StatusCodes.Status413PayloadTooLarge;
            var outcome = tooLarge
                ? Outcomes.Error(IssueType.TooLong, "The request body is larger than the limit.")
                : Outcomes.Error(IssueType.Invalid, "The request body could not be read as HTTP requires.");
            return FhirResponse.WriteAsync(context, badRequest.StatusCode, outcome, format);
        }

        if (feature is not null)
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UnhandledExceptionResponder));
            var route = (feature.Endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "(unmatched)";
            Log.UnhandledException(logger, context.Request.Method, route, feature.Error);
        }

        var requestId = context.Features.Get<CorrelationIds>()?.RequestId ?? context.TraceIdentifier;
        var failure = Outcomes.Error(IssueType.Exception,
            $"The server could not complete the request. Quote request id {requestId} when reporting this.");
        return FhirResponse.WriteAsync(context, StatusCodes.Status500InternalServerError, failure, format);
    }
}
