namespace FhirRecovery.Gateway.Validation;

internal static class ValidateEndpoints
{
    public static IEndpointRouteBuilder MapValidate(this IEndpointRouteBuilder endpoints)
    {
        // No body parameter: the operation reads the body itself, bounded, in the format the Content-Type names.
        endpoints.MapPost("/$validate", (HttpContext context, ValidateOperation operation) => operation.HandleAsync(context, null))
            .WithName("validate-system");
        endpoints.MapPost("/{type}/$validate", (HttpContext context, string type, ValidateOperation operation) => operation.HandleAsync(context, type))
            .WithName("validate-type");
        return endpoints;
    }
}
