using Hl7.Fhir.Model;
using FhirConsent = Hl7.Fhir.Model.Consent;

namespace FhirRecovery.Trust.Consent;

/// <summary>
/// Decides whether a person's Consent resources allow a disclosure to a service.
/// <list type="bullet">
/// <item>Only active consents whose own period covers the moment count.</item>
/// <item>Each consent's root provision sets the base rule (permit or deny); nested provisions that apply
/// to the receiver (by service type code or organisation) and whose period covers the moment are
/// exceptions to it. A nested provision without a service type or organisation applies to every receiver.</item>
/// <item>Across consents the most restrictive wins: any refusal refuses.</item>
/// <item>A refusal is overridden only by a <see cref="ShareOverride"/> with a non-blank reason.</item>
/// </list>
/// </summary>
public static class ConsentEvaluator
{
    public const string ServiceTypeSystem = "https://fhirrecovery.org.uk/fhir/CodeSystem/recovery-service-type";
    public const string OdsSystem = "https://fhir.nhs.uk/Id/ods-organization-code";

    public static ConsentDecision Evaluate(IEnumerable<FhirConsent> consents, ShareRequest request, ShareOverride? shareOverride = null)
    {
        ConsentDecision? permit = null;
        foreach (var consent in consents)
        {
            if (consent.Status != FhirConsent.ConsentState.Active || !Covers(consent.Provision?.Period, request.At))
            {
                continue;
            }

            var verdict = Decide(consent.Provision, request);
            if (verdict == FhirConsent.ConsentProvisionType.Deny)
            {
                return Refusal(consent, request, shareOverride);
            }

            if (verdict == FhirConsent.ConsentProvisionType.Permit)
            {
                permit ??= new ConsentDecision(ConsentVerdict.Permitted, consent.Id,
                    $"Consent {consent.Id} permits sharing with {request.ServiceType} services.");
            }
        }

        return permit ?? new ConsentDecision(ConsentVerdict.NoConsentRecorded, null,
            $"No active consent speaks to sharing with {request.ServiceType} services.");
    }

    // The most specific applicable rule decides within one consent: a matching nested deny beats the base rule.
    private static FhirConsent.ConsentProvisionType? Decide(FhirConsent.provisionComponent? root, ShareRequest request)
    {
        if (root is null)
        {
            return null;
        }

        var applicable = root.Provision.Where(p => Covers(p.Period, request.At) && AppliesTo(p, request)).ToList();
        if (applicable.Exists(p => p.Type == FhirConsent.ConsentProvisionType.Deny))
        {
            return FhirConsent.ConsentProvisionType.Deny;
        }

        if (applicable.Exists(p => p.Type == FhirConsent.ConsentProvisionType.Permit))
        {
            return FhirConsent.ConsentProvisionType.Permit;
        }

        return root.Type;
    }

    private static bool AppliesTo(FhirConsent.provisionComponent provision, ShareRequest request)
    {
        var serviceTypes = provision.Code.SelectMany(c => c.Coding)
            .Concat(provision.Actor.SelectMany(a => a.Role?.Coding ?? []))
            .Where(c => c.System == ServiceTypeSystem)
            .Select(c => c.Code)
            .ToList();
        var organisations = provision.Actor.Select(a => a.Reference).Where(r => r is not null).ToList();

        if (serviceTypes.Count == 0 && organisations.Count == 0)
        {
            return true;
        }

        return serviceTypes.Contains(request.ServiceType, StringComparer.Ordinal)
            || organisations.Exists(r => IsOrganisation(r!, request));
    }

    private static bool IsOrganisation(ResourceReference reference, ShareRequest request) =>
        (request.OrganisationReference is not null && reference.Reference == request.OrganisationReference)
        || (request.OrganisationOds is not null && reference.Identifier?.System == OdsSystem
            && reference.Identifier.Value == request.OrganisationOds);

    private static bool Covers(Period? period, DateTimeOffset at)
    {
        if (period is null)
        {
            return true;
        }

        var start = period.StartElement?.ToDateTimeOffset(TimeSpan.Zero);
        return (start is null || start <= at) && (period.EndElement is null || at < ExclusiveEnd(period.EndElement));
    }

    // A period's end is inclusive at its own precision: "2026-03" ends when April begins.
    private static DateTimeOffset ExclusiveEnd(FhirDateTime end)
    {
        var value = end.ToDateTimeOffset(TimeSpan.Zero);
        return (end.Value ?? string.Empty).Length switch
        {
            4 => value.AddYears(1),
            7 => value.AddMonths(1),
            10 => value.AddDays(1),
            _ => value.AddTicks(1),
        };
    }

    private static ConsentDecision Refusal(FhirConsent consent, ShareRequest request, ShareOverride? shareOverride)
    {
        if (shareOverride is not null && !string.IsNullOrWhiteSpace(shareOverride.Reason))
        {
            return new ConsentDecision(ConsentVerdict.OverriddenRefusal, consent.Id,
                $"Consent {consent.Id} refuses sharing with {request.ServiceType} services; overridden on the ground of {shareOverride.Ground}.");
        }

        return new ConsentDecision(ConsentVerdict.Refused, consent.Id,
            $"Consent {consent.Id} refuses sharing with {request.ServiceType} services.");
    }
}
