using FhirRecovery.Gateway.Auth;
using FhirRecovery.Gateway.Definitions;
using FhirRecovery.Gateway.Errors;
using FhirRecovery.Gateway.Fhir;
using FhirRecovery.Gateway.Requests;
using FhirRecovery.Trust.Scopes;
using FhirRecovery.Validation;
using Hl7.Fhir.Model;
using Microsoft.Extensions.Options;
using IssueType = Hl7.Fhir.Model.OperationOutcome.IssueType;

namespace FhirRecovery.Gateway.Trust;

/// <summary>
/// The consent store's API: POST /Consent registers a Consent that conforms to the IG's share-consent profile and names
/// the person by NHS number in Consent.patient.identifier; GET /Consent?patient=NHS-number lists the consents the
/// calling organisation registered. Scopes: system/Consent.c and system/Consent.s.
/// </summary>
internal static class ConsentEndpoints
{
    public const string ShareConsentProfile = "https://fhirrecovery.org.uk/fhir/StructureDefinition/share-consent";

    public static IEndpointRouteBuilder MapConsentStore(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/Consent", RegisterAsync).WithName("consent-register");
        endpoints.MapGet("/Consent", SearchAsync).WithName("consent-search");
        return endpoints;
    }

    private static async Task<IResult> RegisterAsync(HttpContext context, SenderOrganisations senders, DefinitionsState definitions,
        IConsentStore store, IOptions<RequestLimitsOptions> limits)
    {
        if (Refusal(context, senders, FhirInteraction.Create) is { } refused)
        {
            return refused;
        }

        if (definitions.Ready is not { } loaded)
        {
            return FhirErrors.NotReady("The FHIR definitions are still loading; retry shortly.");
        }

        if (!RequestFormat.TryRead(context.Request, out var format, out var problem))
        {
            return FhirErrors.UnsupportedMediaType(problem);
        }

        var body = await ShapeCheckedBody.ReadAsync(context, limits.Value.MaxRequestBodyBytes);
        if (body is null)
        {
            return FhirErrors.PayloadTooLarge(limits.Value.MaxRequestBodyBytes);
        }

        var result = loaded.Validator.Validate(body, format, new ValidationRequest([ShareConsentProfile]));
        if (result.IsUnreadable)
        {
            return FhirErrors.Unreadable(result.Outcome);
        }

        if (result.Resource is not Consent consent)
        {
            return FhirErrors.BadRequest("POST /Consent takes a Consent resource.");
        }

        if (result.HasErrors)
        {
            return FhirErrors.InvalidResource(result.Outcome);
        }

        var nhsNumber = consent.Patient?.Identifier is { System: TrustGate.NhsNumberSystem, Value: { Length: > 0 } value } ? value : null;
        if (nhsNumber is null)
        {
            return FhirErrors.InvalidResource(Outcomes.Error(IssueType.Required,
                $"A registered consent names the person in Consent.patient.identifier with system {TrustGate.NhsNumberSystem}.", "Consent.patient.identifier"));
        }

        consent.Id = Guid.NewGuid().ToString("N");
        await store.SaveAsync(nhsNumber, senders.Find(context.User)!.Identity.Ods, consent, context.RequestAborted);
        return new FhirResult(StatusCodes.Status201Created, consent, new Dictionary<string, string> { ["Location"] = "Consent/" + consent.Id });
    }

    private static async Task<IResult> SearchAsync(HttpContext context, SenderOrganisations senders, IConsentStore store)
    {
        if (Refusal(context, senders, FhirInteraction.Search) is { } refused)
        {
            return refused;
        }

        var patient = context.Request.Query["patient"].ToString();
        var prefix = TrustGate.NhsNumberSystem + "|";
        var nhsNumber = patient.StartsWith(prefix, StringComparison.Ordinal) ? patient[prefix.Length..] : patient;
        if (nhsNumber.Length is 0 or > 16)
        {
            return FhirErrors.BadRequest("GET /Consent needs patient=<NHS number> (or patient=https://fhir.nhs.uk/Id/nhs-number|<NHS number>).");
        }

        var ods = senders.Find(context.User)!.Identity.Ods;
        var consents = await store.FindAsync(nhsNumber, ods, context.RequestAborted);
        var bundle = new Bundle { Type = Bundle.BundleType.Searchset, Total = consents.Count };
        bundle.Entry.AddRange(consents.Select(c => new Bundle.EntryComponent { FullUrl = "Consent/" + c.Id, Resource = c }));
        return new FhirResult(StatusCodes.Status200OK, bundle);
    }

    private static FhirResult? Refusal(HttpContext context, SenderOrganisations senders, FhirInteraction interaction)
    {
        if (senders.Find(context.User) is null)
        {
            return new(StatusCodes.Status403Forbidden, Outcomes.Error(IssueType.Forbidden, "The token's organisation is not a known organisation."));
        }

        return SenderOrganisations.Scopes(context.User).Allows("Consent", interaction)
            ? null
            : new(StatusCodes.Status403Forbidden, Outcomes.Error(IssueType.Forbidden, $"The token lacks the scope {SmartScopeSet.Required("Consent", interaction)}."));
    }
}
