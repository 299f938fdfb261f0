using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Gateway.Observability;
using Microsoft.AspNetCore.Diagnostics;
using IssueType = Hl7.Fhir.Model.OperationOutcome.IssueType;

namespace FhirRecovery.Gateway.Errors;

/// <summary>Answers an unhandled exception with a 500 OperationOutcome that names the request id, never the
/// exception or its stack trace, and logs the exception once (the framework's own log of it is suppressed).</summary>
internal static class UnhandledExceptionResponder
{
    public static Task WriteAsync(HttpContext context)
    {
        var feature = context.Features.Get<IExceptionHandlerFeature>();
        if (feature is not null)
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UnhandledExceptionResponder));
            var route = (feature.Endpoint as RouteEndpoint)?.RoutePattern.RawText ?? "(unmatched)";
            Log.UnhandledException(logger, context.Request.Method, route, feature.Error);
        }

        var requestId = context.Features.Get<CorrelationIds>()?.RequestId ?? context.TraceIdentifier;
        var outcome = Outcomes.Error(IssueType.Exception,
            $"The server could not complete the request. Quote request id {requestId} when reporting this.");
        return FhirResponse.WriteAsync(context, StatusCodes.Status500InternalServerError, outcome, ResponseNegotiation.NegotiateOrJson(context.Request));
    }
}
