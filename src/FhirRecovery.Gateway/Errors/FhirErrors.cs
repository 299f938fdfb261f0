using System.Globalization;
using FhirRecovery.Gateway.Fhir;
using Hl7.Fhir.Model;

namespace FhirRecovery.Gateway.Errors;

/// <summary>
/// The one place that maps a refusal to its HTTP status and OperationOutcome. Endpoints return these results;
/// the status-code and exception handlers use the same outcomes for errors raised outside an endpoint.
/// </summary>
internal static class FhirErrors
{
    public static FhirResult BadRequest(string diagnostics, OperationOutcome.IssueType code = OperationOutcome.IssueType.Invalid) =>
        new(StatusCodes.Status400BadRequest, Outcomes.Error(code, diagnostics));

    /// <summary>400 with the outcome of a body that could not be read as a FHIR resource at all.</summary>
    public static FhirResult Unreadable(OperationOutcome outcome) => new(StatusCodes.Status400BadRequest, outcome);

    public static FhirResult NotFound(string diagnostics) =>
        new(StatusCodes.Status404NotFound, Outcomes.Error(OperationOutcome.IssueType.NotFound, diagnostics));

    public const string NotAcceptableMessage =
        "The Accept header or _format allows neither FHIR JSON nor FHIR XML; use application/fhir+json or application/fhir+xml.";

    public static FhirResult NotAcceptable() =>
        new(StatusCodes.Status406NotAcceptable, Outcomes.Error(OperationOutcome.IssueType.NotSupported, NotAcceptableMessage));

    public static FhirResult UnsupportedMediaType(string diagnostics) =>
        new(StatusCodes.Status415UnsupportedMediaType, Outcomes.Error(OperationOutcome.IssueType.NotSupported, diagnostics));

    /// <summary>413, closing the connection: the unread rest of the body is not drained, so the connection cannot
    /// carry another request, and a client that is told so does not try to reuse it.</summary>
    public static FhirResult PayloadTooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, Outcomes.Error(OperationOutcome.IssueType.TooLong,
            string.Create(CultureInfo.InvariantCulture, $"The request body is larger than the limit of {maxBytes} bytes.")),
            new Dictionary<string, string> { ["Connection"] = "close" });

    /// <summary>422: the resource was read but breaks its profiles. For write endpoints; $validate answers 200 instead.</summary>
    public static FhirResult InvalidResource(OperationOutcome outcome) => new(StatusCodes.Status422UnprocessableEntity, outcome);

    public static FhirResult NotReady(string diagnostics) =>
        new(StatusCodes.Status503ServiceUnavailable, Outcomes.Error(OperationOutcome.IssueType.Transient, diagnostics),
            new Dictionary<string, string> { ["Retry-After"] = "5" });
}
