using FhirRecovery.Gateway.Definitions;
using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Gateway.Requests;
using FhirRecovery.Gateway.Trust;
using FhirRecovery.Validation;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Options;
using IssueType = Hl7.Fhir.Model.OperationOutcome.IssueType;

namespace FhirRecovery.Gateway.Validation;

/// <summary>
/// <c>POST /$validate</c> and <c>POST /{type}/$validate</c>. As FHIR defines the operation, a validation that ran
/// answers 200 with its OperationOutcome, errors included; a 4xx means it could not run: unknown type (404),
/// unsupported Content-Type (415), body too large (413), unreadable body, type mismatch or unknown profile (400).
/// </summary>
internal sealed class ValidateOperation(
    DefinitionsState definitions,
    IOptions<RequestLimitsOptions> limits,
    TimeProvider timeProvider,
    ILogger<ValidateOperation> logger)
{
    public async Task<IResult> HandleAsync(HttpContext context, string? routeType)
    {
        if (routeType is not null && !ResourceTypes.IsKnown(routeType))
        {
            return Refuse(new(FhirErrors.NotFound($"'{routeType}' is not a FHIR R4 resource type."), "unknown-route-type"));
        }

        if (definitions.Ready is not { } loaded)
        {
            return FhirErrors.NotReady("The FHIR definitions are still loading; retry shortly.");
        }

        if (!RequestFormat.TryRead(context.Request, out var format, out var contentTypeProblem))
        {
            return Refuse(new(FhirErrors.UnsupportedMediaType(contentTypeProblem), "unsupported-media-type"));
        }

        var maxBytes = limits.Value.MaxRequestBodyBytes;
        var body = await ShapeCheckedBody.ReadAsync(context, maxBytes);
        if (body is null)
        {
            return Refuse(new(FhirErrors.PayloadTooLarge(maxBytes), "too-large"));
        }

        var envelope = EnvelopeReader.Read(body, format, limits.Value.MaxNestingDepth, out var refusal);
        if (envelope is null)
        {
            return Refuse(refusal!);
        }

        if (routeType is not null && envelope.ResourceType != routeType)
        {
            return Refuse(new(FhirErrors.BadRequest(
                $"This is {routeType}/$validate, but the resource is a {envelope.ResourceType}; post it to /{envelope.ResourceType}/$validate or /$validate."),
                "type-mismatch"));
        }

        var profiles = RequestedProfiles(context.Request, envelope);
        var unknown = profiles.Where(p => loaded.Catalog.Resolve(p) is not StructureDefinition).ToList();
        if (unknown.Count > 0)
        {
            return Refuse(new(FhirErrors.BadRequest(
                $"Unknown profile(s): {string.Join(", ", unknown)}. See /metadata for the supported profiles.", IssueType.NotSupported),
                "unknown-profile"));
        }

        return Validate(loaded, envelope, format, profiles);
    }

    private FhirResult Validate(LoadedDefinitions loaded, ValidateEnvelope envelope, FhirFormat format, List<string> profiles)
    {
        var started = timeProvider.GetTimestamp();
        ValidationResult result;
        try
        {
            result = loaded.Validator.Validate(envelope.Resource.Span, format, new ValidationRequest(profiles));
        }
        catch (ProfileCompilationException exception)
        {
            // A requested profile that is not enforced compiles on first use; if it cannot, the request cannot be served.
            return Refuse(new(FhirErrors.BadRequest(exception.Message, IssueType.NotSupported), "profile-not-compilable"));
        }

        if (result.IsUnreadable)
        {
            return Refuse(new(FhirErrors.Unreadable(result.Outcome), "unreadable"));
        }

        var errors = result.Outcome.Issue.Count(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal);
        var warnings = result.Outcome.Issue.Count(i => i.Severity is OperationOutcome.IssueSeverity.Warning);
        var elapsed = timeProvider.GetElapsedTime(started);
        Log.ValidationCompleted(logger, envelope.ResourceType, profiles.Count, errors, warnings, elapsed.TotalMilliseconds);
        return new FhirResult(StatusCodes.Status200OK, result.Outcome);
    }

    // Profiles from ?profile= (repeatable) and from the Parameters' profile parameters, in that order.
    private static List<string> RequestedProfiles(HttpRequest request, ValidateEnvelope envelope) =>
        [.. request.Query[ValidateParameterNames.Profile]
            .OfType<string>()
            .Where(p => !string.IsNullOrWhiteSpace(p))
            .Concat(envelope.Profiles)
            .Distinct(StringComparer.Ordinal)];

    private FhirResult Refuse(Refusal refusal)
    {
        Log.ValidationRefused(logger, refusal.Result.StatusCode, refusal.Reason);
        return refusal.Result;
    }
}
