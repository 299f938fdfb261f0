using FhirRecovery.Gateway.Definitions;
using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Metadata;

internal static class MetadataEndpoint
{
    public static IEndpointRouteBuilder MapMetadata(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/metadata", (HttpContext context, DefinitionsState definitions, IOptions<MetadataOptions> options) =>
            definitions.Ready is { } loaded
                ? new FhirResult(StatusCodes.Status200OK, CapabilityStatementBuilder.Build(loaded, options.Value, BaseUrl(context, options.Value)))
                : FhirErrors.NotReady("The FHIR definitions are still loading; retry shortly."))
            .WithName("metadata");
        return endpoints;
    }

    private static string BaseUrl(HttpContext context, MetadataOptions options) =>
        options.PublicBaseUrl?.TrimEnd('/')
        ?? $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
}
