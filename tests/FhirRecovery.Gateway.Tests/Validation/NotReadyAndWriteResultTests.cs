using System.Text;
using System.Text.Json;
using FhirRecovery.Gateway.Definitions;
using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Requests;
using FhirRecovery.Gateway.Validation;
using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Tests.Validation;

// The window before the definitions are ready is too short to hit reliably on a live host, and 422 has no write
// endpoint yet; both are exercised on the real classes with an in-memory HttpContext.
public sealed class NotReadyAndWriteResultTests
{
    [Fact]
    public async System.Threading.Tasks.Task Validate_BeforeDefinitionsAreReady_Returns503WithRetryAfter()
    {
        var operation = new ValidateOperation(new DefinitionsState(), Options.Create(new RequestLimitsOptions()),
            TimeProvider.System, NullLogger<ValidateOperation>.Instance);
        var context = NewContext();

        var result = await operation.HandleAsync(context, "Patient");
        await result.ExecuteAsync(context);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("5", context.Response.Headers.RetryAfter.ToString());
        Assert.Equal("transient", FirstIssueCode(context));
    }

    [Fact]
    public async System.Threading.Tasks.Task InvalidResource_ForAWriteEndpoint_Returns422WithTheOutcome()
    {
        var outcome = Outcomes.Error(OperationOutcome.IssueType.Required, "Patient.identifier: at least 1 required", "Patient");
        var context = NewContext();

        await FhirErrors.InvalidResource(outcome).ExecuteAsync(context);

        Assert.Equal(StatusCodes.Status422UnprocessableEntity, context.Response.StatusCode);
        Assert.StartsWith("application/fhir+json", context.Response.ContentType, StringComparison.Ordinal);
        Assert.Equal("required", FirstIssueCode(context));
    }

    private static DefaultHttpContext NewContext()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/fhir+json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes("""{"resourceType":"Patient"}"""));
        context.Response.Body = new MemoryStream();
        return context;
    }

    private static string? FirstIssueCode(HttpContext context)
    {
        context.Response.Body.Position = 0;
        using var document = JsonDocument.Parse(context.Response.Body);
        return document.RootElement.GetProperty("issue")[0].GetProperty("code").GetString();
    }
}
