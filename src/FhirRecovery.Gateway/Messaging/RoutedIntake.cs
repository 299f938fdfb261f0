using FhirRecovery.Gateway.Definitions;
using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Gateway.Requests;
using FhirRecovery.Gateway.Trust;
using FhirRecovery.Validation;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Options;

namespace FhirRecovery.Gateway.Messaging;

/// <summary>
/// Reads and validates a routed write whole, before anything is routed: Content-Type, size limit, then the
/// validator with the profiles the profile policy names for this payload (chosen from the resource the validator
/// read, so the body is read once). Unreadable is 400, a wrong type 400, profile errors 422 with the OperationOutcome.
/// </summary>
internal sealed class RoutedIntake(DefinitionsState definitions, IOptions<RequestLimitsOptions> limits)
{
    public async Task<(RoutedPayload? Payload, IResult? Refusal)> ReadAsync(
        HttpContext context, string expectedType, Func<Resource, IReadOnlyList<string>> profilesFor)
    {
        if (definitions.Ready is not { } loaded)
        {
            return (null, FhirErrors.NotReady("The FHIR definitions are still loading; retry shortly."));
        }

        if (!RequestFormat.TryRead(context.Request, out var format, out var contentTypeProblem))
        {
            return (null, FhirErrors.UnsupportedMediaType(contentTypeProblem));
        }

        var body = await ShapeCheckedBody.ReadAsync(context, limits.Value.MaxRequestBodyBytes);
        if (body is null)
        {
            return (null, FhirErrors.PayloadTooLarge(limits.Value.MaxRequestBodyBytes));
        }

        // One read serves all: the validator reads the body once and asks profilesFor for the profiles that the
        // payload's type and event select, before validating.
        var result = loaded.Validator.Validate(body, format, new ValidationRequest([])
        {
            // A body of another type is refused below (400); it is not held to this endpoint's profiles.
            ProfilesFor = resource => resource.TypeName == expectedType ? profilesFor(resource) : [],
        });
        if (result.IsUnreadable || result.Resource is null)
        {
            return (null, FhirErrors.Unreadable(result.Outcome));
        }

        if (result.Resource.TypeName != expectedType)
        {
            return (null, FhirErrors.BadRequest($"This endpoint takes a {expectedType}, but the body is a {result.Resource.TypeName}."));
        }

        if (result.HasErrors)
        {
            return (null, FhirErrors.InvalidResource(result.Outcome));
        }

        var contentType = format == FhirFormat.Xml ? FhirMediaTypes.FhirXml : FhirMediaTypes.FhirJson;
        return (new RoutedPayload(body, format, contentType, result.Resource, result.Outcome), null);
    }
}
