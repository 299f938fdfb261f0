using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using OperationOutcome = Hl7.Fhir.Model.OperationOutcome;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FhirRecovery.Gateway.Health;

/// <summary>Health answers are OperationOutcomes like every other answer: information when healthy,
/// a transient error (with the status code the health middleware already set, 503) when not.</summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var descriptions = report.Entries.Values.Select(e => e.Description).OfType<string>().ToList();
        var text = descriptions.Count > 0 ? string.Join(" ", descriptions) : report.Status.ToString();
        var outcome = report.Status == HealthStatus.Unhealthy
            ? Outcomes.Error(OperationOutcome.IssueType.Transient, text)
            : Outcomes.Information(text);
        return FhirResponse.WriteAsync(context, context.Response.StatusCode, outcome, ResponseNegotiation.NegotiateOrJson(context.Request));
    }
}
