using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Gateway.Requests;
using Microsoft.Extensions.Options;
using IssueType = Hl7.Fhir.Model.OperationOutcome.IssueType;

namespace FhirRecovery.Gateway.Trust;

/// <summary>Refuses (400, OperationOutcome, issue too-long/too-costly) a JSON or XML body with too many elements or too
/// long a string, then rewinds the body for the endpoint. Bodies over the byte limit are left to the endpoint's 413.</summary>
internal sealed class BodyShapeLimitsMiddleware(RequestDelegate next, IOptions<ProtectionOptions> protection, IOptions<RequestLimitsOptions> limits)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var contentType = context.Request.ContentType ?? string.Empty;
        var xml = contentType.Contains("xml", StringComparison.OrdinalIgnoreCase);
        var json = contentType.Contains("json", StringComparison.OrdinalIgnoreCase);
        if (!HttpMethods.IsPost(context.Request.Method) && !HttpMethods.IsPut(context.Request.Method) || !(xml || json))
        {
            await next(context);
            return;
        }

        var body = await RequestBody.ReadAsync(context.Request, limits.Value.MaxRequestBodyBytes, context.RequestAborted);
        if (body is null)
        {
            await FhirErrors.PayloadTooLarge(limits.Value.MaxRequestBodyBytes).ExecuteAsync(context);
            return;
        }

        // JSON is UTF-8 (RFC 8259); System.Text.Json checks the bytes of a string only when it is read, too late.
        var problem = json && !System.Text.Unicode.Utf8.IsValid(body)
            ? "The body is not valid UTF-8."
            : BodyShapeLimits.Check(body, xml, protection.Value.MaxElementCount, protection.Value.MaxStringLength);
        if (problem is not null)
        {
            await FhirResponse.WriteAsync(context, StatusCodes.Status400BadRequest, Outcomes.Error(IssueType.TooCostly, problem),
                ResponseNegotiation.NegotiateOrJson(context.Request));
            return;
        }

        // A fresh stream over the same bytes (its BodyReader follows the replaced Body); endpoints that take the body
        // whole get the bytes themselves through ShapeCheckedBody, without a second read and copy.
        var checkedBody = new ShapeCheckedBody(body);
        context.Features.Set(checkedBody);
        context.Request.Body = checkedBody.Stream;
        await next(context);
    }
}
