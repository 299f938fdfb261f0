using Resource = Hl7.Fhir.Model.Resource;

namespace FhirRecovery.Gateway.Fhir;

/// <summary>An endpoint result holding a resource; negotiates its format when it executes. When the caller
/// accepts neither format (only possible for errors, since endpoints refuse such requests with 406 first),
/// it answers in JSON.</summary>
internal sealed class FhirResult(int statusCode, Resource resource, IReadOnlyDictionary<string, string>? headers = null) : IResult
{
    private static readonly Dictionary<string, string> _noHeaders = [];

    public int StatusCode => statusCode;

    public Resource Resource => resource;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        foreach (var (name, value) in headers ?? _noHeaders)
        {
            httpContext.Response.Headers[name] = value;
        }

        return FhirResponse.WriteAsync(httpContext, statusCode, resource, ResponseNegotiation.NegotiateOrJson(httpContext.Request));
    }
}
