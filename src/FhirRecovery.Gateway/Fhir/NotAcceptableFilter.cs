using FhirRecovery.Gateway.Errors;

namespace FhirRecovery.Gateway.Fhir;

/// <summary>Refuses with 406, before the endpoint runs, a request whose Accept or _format allows neither FHIR format.</summary>
internal sealed class NotAcceptableFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        ResponseNegotiation.Negotiate(context.HttpContext.Request) is null
            ? ValueTask.FromResult<object?>(FhirErrors.NotAcceptable())
            : next(context);
}
